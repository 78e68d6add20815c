import { z } from 'zod'
import { isoDate, key, localizedText, optionalLocalizedText, recordBase } from './common.ts'
import { easyFields } from './easy.ts'
import { MEETING_NUMBER_RANGE } from './rules.ts'

/** 会議体: a council, committee or sub-committee (部会), with 趣旨 / 構成員 / 内容 as the city words them. */
export const body = recordBase.extend({
  ...easyFields,
  name: localizedText,
  /** 趣旨 */
  purpose: localizedText,
  /** 構成員: the composition, not a roster of named people. */
  composition: localizedText,
  /** 内容: one entry per duty. */
  duties: z.array(localizedText),
  /** Plans it works on. */
  plans: z.array(key),
  /** The body it belongs to (a 部会 of まちづくりスタッフ会議). */
  parent: key.nullable(),
  /** The goal a sub-committee covers. */
  goal: key.nullable(),
  order: z.int(),
})
export type Body = z.infer<typeof body>

export const meetingDocument = z.strictObject({
  /** e.g. 資料No.1-2 */
  code: z.string().nullable(),
  title: localizedText,
  /** Key of a media record (a PDF). */
  file: key,
})

/** A meeting of a body, e.g. 平成27年6月8日 第1回総合計画審議会. */
export const meeting = recordBase.extend({
  ...easyFields,
  body: key,
  /** 第N回 */
  number: z.int().min(MEETING_NUMBER_RANGE.min).max(MEETING_NUMBER_RANGE.max).nullable(),
  title: localizedText,
  date: isoDate,
  venue: optionalLocalizedText,
  agenda: z.array(localizedText),
  summary: optionalLocalizedText,
  documents: z.array(meetingDocument),
})
export type Meeting = z.infer<typeof meeting>
