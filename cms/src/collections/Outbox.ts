import type { CollectionConfig } from 'payload'
import { admins } from '../access/roles.ts'

/**
 * Messages that would have been e-mailed when no mail server is configured (KEIKAKU_SMTP_HOST unset): admins read
 * them here, nobody edits them. Written by the server only (notifications/email.ts).
 */
export const Outbox: CollectionConfig = {
  slug: 'outbox',
  labels: { singular: { ja: '送信待ちメール', en: 'Outbox message' }, plural: { ja: '送信待ちメール', en: 'Outbox' } },
  admin: {
    group: { ja: '管理', en: 'Administration' },
    useAsTitle: 'subject',
    defaultColumns: ['createdAt', 'to', 'subject'],
    description: {
      ja: 'メール送信が設定されていないため、送るはずだったお知らせをここに保管しています（管理者のみ閲覧できます）。設定方法は README の「メール」を参照してください。',
      en: 'E-mail is not set up, so notifications are kept here (admins only). See "E-mail" in the README to set it up.',
    },
  },
  defaultSort: '-createdAt',
  access: { read: admins, create: () => false, update: () => false, delete: admins },
  fields: [
    { name: 'to', type: 'text', label: { ja: '宛先', en: 'To' }, required: true, admin: { readOnly: true } },
    { name: 'subject', type: 'text', label: { ja: '件名', en: 'Subject' }, admin: { readOnly: true } },
    { name: 'text', type: 'textarea', label: { ja: '本文', en: 'Body' }, admin: { readOnly: true } },
  ],
}
