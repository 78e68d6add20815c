/** A page's HTML as a reader sees it with furigana off: the readings (<rt>, <rp>) removed, the base text kept. */
export const withoutRuby = (html: string) => html.replace(/<rp>[^<]*<\/rp>|<rt>[^<]*<\/rt>|<\/?ruby>/g, '')
