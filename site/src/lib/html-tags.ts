const TAG = /(<!--[\s\S]*?-->|<(?:[^>"']|"[^"]*"|'[^']*')*>)/

/**
 * A built page split into its text and its tags, alternately: even indexes hold text (possibly empty), odd indexes
 * a tag or a comment. Quoted attribute values may hold `>`. Joined again, the parts are the page.
 */
export const splitTags = (html: string): string[] => html.split(TAG)
