import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'
import { moveDepartmentNamesToRecords, readLinkedDepartmentNames, writeDepartmentNames } from '../db/departmentsMigration.ts'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`departments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`sample\` integer DEFAULT false,
  	\`order\` numeric DEFAULT 1 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`departments_key_idx\` ON \`departments\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`departments_updated_at_idx\` ON \`departments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`departments_created_at_idx\` ON \`departments\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`departments_locales\` (
  	\`name\` text,
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`departments_locales_locale_parent_id_unique\` ON \`departments_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`departments_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`departments_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_rels_order_idx\` ON \`users_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_parent_idx\` ON \`users_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_path_idx\` ON \`users_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_departments_id_idx\` ON \`users_rels\` (\`departments_id\`);`)
  await db.run(sql`ALTER TABLE \`implementation_plans_projects\` ADD \`department_id\` integer REFERENCES departments(id);`)
  await db.run(sql`CREATE INDEX \`implementation_plans_projects_department_idx\` ON \`implementation_plans_projects\` (\`department_id\`);`)
  await db.run(sql`ALTER TABLE \`_implementation_plans_v_version_projects\` ADD \`department_id\` integer REFERENCES departments(id);`)
  await db.run(sql`CREATE INDEX \`_implementation_plans_v_version_projects_department_idx\` ON \`_implementation_plans_v_version_projects\` (\`department_id\`);`)
  await db.run(sql`ALTER TABLE \`kpis\` ADD \`department_id\` integer REFERENCES departments(id);`)
  await db.run(sql`CREATE INDEX \`kpis_department_idx\` ON \`kpis\` (\`department_id\`);`)
  await db.run(sql`ALTER TABLE \`_kpis_v\` ADD \`version_department_id\` integer REFERENCES departments(id);`)
  await db.run(sql`CREATE INDEX \`_kpis_v_version_version_department_idx\` ON \`_kpis_v\` (\`version_department_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`departments_id\` integer REFERENCES departments(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_departments_id_idx\` ON \`payload_locked_documents_rels\` (\`departments_id\`);`)
  // The names become department records before their columns go.
  await moveDepartmentNamesToRecords(db)
  await db.run(sql`ALTER TABLE \`implementation_plans_projects_locales\` DROP COLUMN \`department\`;`)
  await db.run(sql`ALTER TABLE \`_implementation_plans_v_version_projects_locales\` DROP COLUMN \`department\`;`)
  await db.run(sql`ALTER TABLE \`kpis_locales\` DROP COLUMN \`department\`;`)
  await db.run(sql`ALTER TABLE \`_kpis_v_locales\` DROP COLUMN \`version_department\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  const linked = await readLinkedDepartmentNames(db)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_implementation_plans_projects\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`plan_item_id\` integer,
  	\`sample\` integer DEFAULT false,
  	FOREIGN KEY (\`plan_item_id\`) REFERENCES \`plan_items\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`implementation_plans\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_implementation_plans_projects\`("_order", "_parent_id", "id", "key", "plan_item_id", "sample") SELECT "_order", "_parent_id", "id", "key", "plan_item_id", "sample" FROM \`implementation_plans_projects\`;`)
  await db.run(sql`DROP TABLE \`implementation_plans_projects\`;`)
  await db.run(sql`ALTER TABLE \`__new_implementation_plans_projects\` RENAME TO \`implementation_plans_projects\`;`)
  await db.run(sql`CREATE INDEX \`implementation_plans_projects_order_idx\` ON \`implementation_plans_projects\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`implementation_plans_projects_parent_id_idx\` ON \`implementation_plans_projects\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`implementation_plans_projects_plan_item_idx\` ON \`implementation_plans_projects\` (\`plan_item_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__implementation_plans_v_version_projects\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`plan_item_id\` integer,
  	\`sample\` integer DEFAULT false,
  	\`_uuid\` text,
  	FOREIGN KEY (\`plan_item_id\`) REFERENCES \`plan_items\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_implementation_plans_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__implementation_plans_v_version_projects\`("_order", "_parent_id", "id", "key", "plan_item_id", "sample", "_uuid") SELECT "_order", "_parent_id", "id", "key", "plan_item_id", "sample", "_uuid" FROM \`_implementation_plans_v_version_projects\`;`)
  await db.run(sql`DROP TABLE \`_implementation_plans_v_version_projects\`;`)
  await db.run(sql`ALTER TABLE \`__new__implementation_plans_v_version_projects\` RENAME TO \`_implementation_plans_v_version_projects\`;`)
  await db.run(sql`CREATE INDEX \`_implementation_plans_v_version_projects_order_idx\` ON \`_implementation_plans_v_version_projects\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_implementation_plans_v_version_projects_parent_id_idx\` ON \`_implementation_plans_v_version_projects\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_implementation_plans_v_version_projects_plan_item_idx\` ON \`_implementation_plans_v_version_projects\` (\`plan_item_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_kpis\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`kind\` text DEFAULT 'kpi',
  	\`direction\` text DEFAULT 'higher',
  	\`baseline_fiscal_year\` numeric,
  	\`baseline_value\` numeric,
  	\`target_fiscal_year\` numeric,
  	\`target_value\` numeric,
  	\`order\` numeric DEFAULT 1,
  	\`workflow\` text DEFAULT 'draft',
  	\`return_reason\` text,
  	\`created_by_id\` integer,
  	\`updated_by_id\` integer,
  	\`approved_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_kpis\`("id", "key", "kind", "direction", "baseline_fiscal_year", "baseline_value", "target_fiscal_year", "target_value", "order", "workflow", "return_reason", "created_by_id", "updated_by_id", "approved_by_id", "updated_at", "created_at", "_status") SELECT "id", "key", "kind", "direction", "baseline_fiscal_year", "baseline_value", "target_fiscal_year", "target_value", "order", "workflow", "return_reason", "created_by_id", "updated_by_id", "approved_by_id", "updated_at", "created_at", "_status" FROM \`kpis\`;`)
  await db.run(sql`DROP TABLE \`kpis\`;`)
  await db.run(sql`ALTER TABLE \`__new_kpis\` RENAME TO \`kpis\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`kpis_key_idx\` ON \`kpis\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`kpis_workflow_idx\` ON \`kpis\` (\`workflow\`);`)
  await db.run(sql`CREATE INDEX \`kpis_created_by_idx\` ON \`kpis\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`kpis_updated_by_idx\` ON \`kpis\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`kpis_approved_by_idx\` ON \`kpis\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`kpis_updated_at_idx\` ON \`kpis\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`kpis_created_at_idx\` ON \`kpis\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`kpis__status_idx\` ON \`kpis\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__kpis_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_key\` text,
  	\`version_kind\` text DEFAULT 'kpi',
  	\`version_direction\` text DEFAULT 'higher',
  	\`version_baseline_fiscal_year\` numeric,
  	\`version_baseline_value\` numeric,
  	\`version_target_fiscal_year\` numeric,
  	\`version_target_value\` numeric,
  	\`version_order\` numeric DEFAULT 1,
  	\`version_workflow\` text DEFAULT 'draft',
  	\`version_return_reason\` text,
  	\`version_created_by_id\` integer,
  	\`version_updated_by_id\` integer,
  	\`version_approved_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`kpis\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__kpis_v\`("id", "parent_id", "version_key", "version_kind", "version_direction", "version_baseline_fiscal_year", "version_baseline_value", "version_target_fiscal_year", "version_target_value", "version_order", "version_workflow", "version_return_reason", "version_created_by_id", "version_updated_by_id", "version_approved_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_key", "version_kind", "version_direction", "version_baseline_fiscal_year", "version_baseline_value", "version_target_fiscal_year", "version_target_value", "version_order", "version_workflow", "version_return_reason", "version_created_by_id", "version_updated_by_id", "version_approved_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_kpis_v\`;`)
  await db.run(sql`DROP TABLE \`_kpis_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__kpis_v\` RENAME TO \`_kpis_v\`;`)
  await db.run(sql`CREATE INDEX \`_kpis_v_parent_idx\` ON \`_kpis_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_kpis_v_version_version_key_idx\` ON \`_kpis_v\` (\`version_key\`);`)
  await db.run(sql`CREATE INDEX \`_kpis_v_version_version_workflow_idx\` ON \`_kpis_v\` (\`version_workflow\`);`)
  await db.run(sql`CREATE INDEX \`_kpis_v_version_version_created_by_idx\` ON \`_kpis_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_kpis_v_version_version_updated_by_idx\` ON \`_kpis_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_kpis_v_version_version_approved_by_idx\` ON \`_kpis_v\` (\`version_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_kpis_v_version_version_updated_at_idx\` ON \`_kpis_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_kpis_v_version_version_created_at_idx\` ON \`_kpis_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_kpis_v_version_version__status_idx\` ON \`_kpis_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_kpis_v_created_at_idx\` ON \`_kpis_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_kpis_v_updated_at_idx\` ON \`_kpis_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_kpis_v_snapshot_idx\` ON \`_kpis_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_kpis_v_published_locale_idx\` ON \`_kpis_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_kpis_v_latest_idx\` ON \`_kpis_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`plans_id\` integer,
  	\`principles_id\` integer,
  	\`goals_id\` integer,
  	\`approaches_id\` integer,
  	\`priority_projects_id\` integer,
  	\`plan_items_id\` integer,
  	\`implementation_plans_id\` integer,
  	\`strategy_goals_id\` integer,
  	\`kpis_id\` integer,
  	\`bodies_id\` integer,
  	\`meetings_id\` integer,
  	\`pages_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	\`site_publishes_id\` integer,
  	\`approval_events_id\` integer,
  	\`outbox_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`plans_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`principles_id\`) REFERENCES \`principles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`goals_id\`) REFERENCES \`goals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`approaches_id\`) REFERENCES \`approaches\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`priority_projects_id\`) REFERENCES \`priority_projects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`plan_items_id\`) REFERENCES \`plan_items\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`implementation_plans_id\`) REFERENCES \`implementation_plans\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`strategy_goals_id\`) REFERENCES \`strategy_goals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kpis_id\`) REFERENCES \`kpis\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`bodies_id\`) REFERENCES \`bodies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`meetings_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`site_publishes_id\`) REFERENCES \`site_publishes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`approval_events_id\`) REFERENCES \`approval_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`outbox_id\`) REFERENCES \`outbox\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "plans_id", "principles_id", "goals_id", "approaches_id", "priority_projects_id", "plan_items_id", "implementation_plans_id", "strategy_goals_id", "kpis_id", "bodies_id", "meetings_id", "pages_id", "media_id", "users_id", "site_publishes_id", "approval_events_id", "outbox_id") SELECT "id", "order", "parent_id", "path", "plans_id", "principles_id", "goals_id", "approaches_id", "priority_projects_id", "plan_items_id", "implementation_plans_id", "strategy_goals_id", "kpis_id", "bodies_id", "meetings_id", "pages_id", "media_id", "users_id", "site_publishes_id", "approval_events_id", "outbox_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_plans_id_idx\` ON \`payload_locked_documents_rels\` (\`plans_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_principles_id_idx\` ON \`payload_locked_documents_rels\` (\`principles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_goals_id_idx\` ON \`payload_locked_documents_rels\` (\`goals_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_approaches_id_idx\` ON \`payload_locked_documents_rels\` (\`approaches_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_priority_projects_id_idx\` ON \`payload_locked_documents_rels\` (\`priority_projects_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_plan_items_id_idx\` ON \`payload_locked_documents_rels\` (\`plan_items_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_implementation_plans_id_idx\` ON \`payload_locked_documents_rels\` (\`implementation_plans_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_strategy_goals_id_idx\` ON \`payload_locked_documents_rels\` (\`strategy_goals_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_kpis_id_idx\` ON \`payload_locked_documents_rels\` (\`kpis_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_bodies_id_idx\` ON \`payload_locked_documents_rels\` (\`bodies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_meetings_id_idx\` ON \`payload_locked_documents_rels\` (\`meetings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_publishes_id_idx\` ON \`payload_locked_documents_rels\` (\`site_publishes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_approval_events_id_idx\` ON \`payload_locked_documents_rels\` (\`approval_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_outbox_id_idx\` ON \`payload_locked_documents_rels\` (\`outbox_id\`);`)
  await db.run(sql`ALTER TABLE \`implementation_plans_projects_locales\` ADD \`department\` text;`)
  await db.run(sql`ALTER TABLE \`_implementation_plans_v_version_projects_locales\` ADD \`department\` text;`)
  await db.run(sql`ALTER TABLE \`kpis_locales\` ADD \`department\` text;`)
  await db.run(sql`ALTER TABLE \`_kpis_v_locales\` ADD \`version_department\` text;`)
  await writeDepartmentNames(db, linked)
  // Last (drizzle-kit put them first): the tables that linked the departments are rebuilt without them above.
  await db.run(sql`DROP TABLE \`users_rels\`;`)
  await db.run(sql`DROP TABLE \`departments_locales\`;`)
  await db.run(sql`DROP TABLE \`departments\`;`)
  // Only now: with foreign keys on, rebuilding kpis and the project tables would cascade-delete their locale rows.
  await db.run(sql`PRAGMA foreign_keys=ON;`)
}
