/* Payload's admin shell (from Payload's blank template). */
import config from '@payload-config'
import '@payloadcms/next/css'
import type { ServerFunctionClient } from 'payload'
import { handleServerFunctions, RootLayout } from '@payloadcms/next/layouts'
import { schedulePublishHandler } from '@payloadcms/ui/utilities/schedulePublishHandler'
import type React from 'react'
import { importMap } from './admin/importMap.js'
import './custom.scss'
import { checkedSchedulePublish } from '../../workflow/scheduledPublish.ts'

type Args = { children: React.ReactNode }

const serverFunction: ServerFunctionClient = async function (args) {
  'use server'
  return handleServerFunctions({
    ...args,
    config,
    importMap,
    // Scheduling a publish is checked when it is scheduled: only approvers may (Payload itself does not check).
    serverFunctions: { 'schedule-publish': checkedSchedulePublish(schedulePublishHandler) },
  })
}

const Layout = ({ children }: Args) => (
  <RootLayout config={config} importMap={importMap} serverFunction={serverFunction}>
    {children}
  </RootLayout>
)

export default Layout
