import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`plans_layers_parts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`plans_layers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`plans_layers_parts_order_idx\` ON \`plans_layers_parts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`plans_layers_parts_parent_id_idx\` ON \`plans_layers_parts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`plans_layers_parts_locales\` (
  	\`name\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`plans_layers_parts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`plans_layers_parts_locales_locale_parent_id_unique\` ON \`plans_layers_parts_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`plans_layers_editions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`start_f_y\` numeric,
  	\`end_f_y\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`plans_layers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`plans_layers_editions_order_idx\` ON \`plans_layers_editions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`plans_layers_editions_parent_id_idx\` ON \`plans_layers_editions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`plans_layers_editions_locales\` (
  	\`name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`plans_layers_editions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`plans_layers_editions_locales_locale_parent_id_unique\` ON \`plans_layers_editions_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`plans_layers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`plans_layers_order_idx\` ON \`plans_layers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`plans_layers_parent_id_idx\` ON \`plans_layers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`plans_layers_locales\` (
  	\`name\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`plans_layers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`plans_layers_locales_locale_parent_id_unique\` ON \`plans_layers_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`plans\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`kind\` text,
  	\`start_f_y\` numeric,
  	\`end_f_y\` numeric,
  	\`predecessor_id\` integer,
  	\`order\` numeric DEFAULT 1,
  	\`workflow\` text DEFAULT 'draft',
  	\`created_by_id\` integer,
  	\`updated_by_id\` integer,
  	\`approved_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`predecessor_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`plans_key_idx\` ON \`plans\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`plans_predecessor_idx\` ON \`plans\` (\`predecessor_id\`);`)
  await db.run(sql`CREATE INDEX \`plans_created_by_idx\` ON \`plans\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`plans_updated_by_idx\` ON \`plans\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`plans_approved_by_idx\` ON \`plans\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`plans_updated_at_idx\` ON \`plans\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`plans_created_at_idx\` ON \`plans\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`plans__status_idx\` ON \`plans\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`plans_locales\` (
  	\`title\` text,
  	\`short_title\` text,
  	\`purpose\` text,
  	\`scope\` text,
  	\`period_text\` text,
  	\`vision_slogan\` text,
  	\`vision_text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`plans_locales_locale_parent_id_unique\` ON \`plans_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`plans_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`plans_texts_order_parent\` ON \`plans_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_plans_v_version_layers_parts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_plans_v_version_layers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_plans_v_version_layers_parts_order_idx\` ON \`_plans_v_version_layers_parts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_layers_parts_parent_id_idx\` ON \`_plans_v_version_layers_parts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_plans_v_version_layers_parts_locales\` (
  	\`name\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_plans_v_version_layers_parts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_plans_v_version_layers_parts_locales_locale_parent_id_uniqu\` ON \`_plans_v_version_layers_parts_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_plans_v_version_layers_editions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`start_f_y\` numeric,
  	\`end_f_y\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_plans_v_version_layers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_plans_v_version_layers_editions_order_idx\` ON \`_plans_v_version_layers_editions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_layers_editions_parent_id_idx\` ON \`_plans_v_version_layers_editions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_plans_v_version_layers_editions_locales\` (
  	\`name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_plans_v_version_layers_editions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_plans_v_version_layers_editions_locales_locale_parent_id_un\` ON \`_plans_v_version_layers_editions_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_plans_v_version_layers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_plans_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_plans_v_version_layers_order_idx\` ON \`_plans_v_version_layers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_layers_parent_id_idx\` ON \`_plans_v_version_layers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_plans_v_version_layers_locales\` (
  	\`name\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_plans_v_version_layers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_plans_v_version_layers_locales_locale_parent_id_unique\` ON \`_plans_v_version_layers_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_plans_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_key\` text,
  	\`version_kind\` text,
  	\`version_start_f_y\` numeric,
  	\`version_end_f_y\` numeric,
  	\`version_predecessor_id\` integer,
  	\`version_order\` numeric DEFAULT 1,
  	\`version_workflow\` text DEFAULT 'draft',
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_predecessor_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_plans_v_parent_idx\` ON \`_plans_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version_key_idx\` ON \`_plans_v\` (\`version_key\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version_predecessor_idx\` ON \`_plans_v\` (\`version_predecessor_id\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version_created_by_idx\` ON \`_plans_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version_updated_by_idx\` ON \`_plans_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version_approved_by_idx\` ON \`_plans_v\` (\`version_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version_updated_at_idx\` ON \`_plans_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version_created_at_idx\` ON \`_plans_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version__status_idx\` ON \`_plans_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_created_at_idx\` ON \`_plans_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_updated_at_idx\` ON \`_plans_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_snapshot_idx\` ON \`_plans_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_published_locale_idx\` ON \`_plans_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_latest_idx\` ON \`_plans_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_plans_v_locales\` (
  	\`version_title\` text,
  	\`version_short_title\` text,
  	\`version_purpose\` text,
  	\`version_scope\` text,
  	\`version_period_text\` text,
  	\`version_vision_slogan\` text,
  	\`version_vision_text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_plans_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_plans_v_locales_locale_parent_id_unique\` ON \`_plans_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_plans_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_plans_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_plans_v_texts_order_parent\` ON \`_plans_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`principles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`plan_id\` integer,
  	\`order\` numeric DEFAULT 1,
  	\`workflow\` text DEFAULT 'draft',
  	\`created_by_id\` integer,
  	\`updated_by_id\` integer,
  	\`approved_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`plan_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`principles_key_idx\` ON \`principles\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`principles_plan_idx\` ON \`principles\` (\`plan_id\`);`)
  await db.run(sql`CREATE INDEX \`principles_created_by_idx\` ON \`principles\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`principles_updated_by_idx\` ON \`principles\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`principles_approved_by_idx\` ON \`principles\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`principles_updated_at_idx\` ON \`principles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`principles_created_at_idx\` ON \`principles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`principles__status_idx\` ON \`principles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`principles_locales\` (
  	\`title\` text,
  	\`description\` text,
  	\`sentence\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`principles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`principles_locales_locale_parent_id_unique\` ON \`principles_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`principles_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`principles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`principles_texts_order_parent\` ON \`principles_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_principles_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_key\` text,
  	\`version_plan_id\` integer,
  	\`version_order\` numeric DEFAULT 1,
  	\`version_workflow\` text DEFAULT 'draft',
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`principles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_plan_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_principles_v_parent_idx\` ON \`_principles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_principles_v_version_version_key_idx\` ON \`_principles_v\` (\`version_key\`);`)
  await db.run(sql`CREATE INDEX \`_principles_v_version_version_plan_idx\` ON \`_principles_v\` (\`version_plan_id\`);`)
  await db.run(sql`CREATE INDEX \`_principles_v_version_version_created_by_idx\` ON \`_principles_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_principles_v_version_version_updated_by_idx\` ON \`_principles_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_principles_v_version_version_approved_by_idx\` ON \`_principles_v\` (\`version_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_principles_v_version_version_updated_at_idx\` ON \`_principles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_principles_v_version_version_created_at_idx\` ON \`_principles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_principles_v_version_version__status_idx\` ON \`_principles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_principles_v_created_at_idx\` ON \`_principles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_principles_v_updated_at_idx\` ON \`_principles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_principles_v_snapshot_idx\` ON \`_principles_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_principles_v_published_locale_idx\` ON \`_principles_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_principles_v_latest_idx\` ON \`_principles_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_principles_v_locales\` (
  	\`version_title\` text,
  	\`version_description\` text,
  	\`version_sentence\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_principles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_principles_v_locales_locale_parent_id_unique\` ON \`_principles_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_principles_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_principles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_principles_v_texts_order_parent\` ON \`_principles_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`goals\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`plan_id\` integer,
  	\`order\` numeric DEFAULT 1,
  	\`workflow\` text DEFAULT 'draft',
  	\`created_by_id\` integer,
  	\`updated_by_id\` integer,
  	\`approved_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`plan_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`goals_key_idx\` ON \`goals\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`goals_plan_idx\` ON \`goals\` (\`plan_id\`);`)
  await db.run(sql`CREATE INDEX \`goals_created_by_idx\` ON \`goals\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`goals_updated_by_idx\` ON \`goals\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`goals_approved_by_idx\` ON \`goals\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`goals_updated_at_idx\` ON \`goals\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`goals_created_at_idx\` ON \`goals\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`goals__status_idx\` ON \`goals\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`goals_locales\` (
  	\`title\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`goals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`goals_locales_locale_parent_id_unique\` ON \`goals_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`goals_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`goals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`goals_texts_order_parent\` ON \`goals_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_goals_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_key\` text,
  	\`version_plan_id\` integer,
  	\`version_order\` numeric DEFAULT 1,
  	\`version_workflow\` text DEFAULT 'draft',
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`goals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_plan_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_goals_v_parent_idx\` ON \`_goals_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_goals_v_version_version_key_idx\` ON \`_goals_v\` (\`version_key\`);`)
  await db.run(sql`CREATE INDEX \`_goals_v_version_version_plan_idx\` ON \`_goals_v\` (\`version_plan_id\`);`)
  await db.run(sql`CREATE INDEX \`_goals_v_version_version_created_by_idx\` ON \`_goals_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_goals_v_version_version_updated_by_idx\` ON \`_goals_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_goals_v_version_version_approved_by_idx\` ON \`_goals_v\` (\`version_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_goals_v_version_version_updated_at_idx\` ON \`_goals_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_goals_v_version_version_created_at_idx\` ON \`_goals_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_goals_v_version_version__status_idx\` ON \`_goals_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_goals_v_created_at_idx\` ON \`_goals_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_goals_v_updated_at_idx\` ON \`_goals_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_goals_v_snapshot_idx\` ON \`_goals_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_goals_v_published_locale_idx\` ON \`_goals_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_goals_v_latest_idx\` ON \`_goals_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_goals_v_locales\` (
  	\`version_title\` text,
  	\`version_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_goals_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_goals_v_locales_locale_parent_id_unique\` ON \`_goals_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_goals_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_goals_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_goals_v_texts_order_parent\` ON \`_goals_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`approaches\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`plan_id\` integer,
  	\`order\` numeric DEFAULT 1,
  	\`workflow\` text DEFAULT 'draft',
  	\`created_by_id\` integer,
  	\`updated_by_id\` integer,
  	\`approved_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`plan_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`approaches_key_idx\` ON \`approaches\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`approaches_plan_idx\` ON \`approaches\` (\`plan_id\`);`)
  await db.run(sql`CREATE INDEX \`approaches_created_by_idx\` ON \`approaches\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`approaches_updated_by_idx\` ON \`approaches\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`approaches_approved_by_idx\` ON \`approaches\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`approaches_updated_at_idx\` ON \`approaches\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`approaches_created_at_idx\` ON \`approaches\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`approaches__status_idx\` ON \`approaches\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`approaches_locales\` (
  	\`title\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`approaches\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`approaches_locales_locale_parent_id_unique\` ON \`approaches_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`approaches_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`approaches\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`approaches_texts_order_parent\` ON \`approaches_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_approaches_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_key\` text,
  	\`version_plan_id\` integer,
  	\`version_order\` numeric DEFAULT 1,
  	\`version_workflow\` text DEFAULT 'draft',
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`approaches\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_plan_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_approaches_v_parent_idx\` ON \`_approaches_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_approaches_v_version_version_key_idx\` ON \`_approaches_v\` (\`version_key\`);`)
  await db.run(sql`CREATE INDEX \`_approaches_v_version_version_plan_idx\` ON \`_approaches_v\` (\`version_plan_id\`);`)
  await db.run(sql`CREATE INDEX \`_approaches_v_version_version_created_by_idx\` ON \`_approaches_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_approaches_v_version_version_updated_by_idx\` ON \`_approaches_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_approaches_v_version_version_approved_by_idx\` ON \`_approaches_v\` (\`version_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_approaches_v_version_version_updated_at_idx\` ON \`_approaches_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_approaches_v_version_version_created_at_idx\` ON \`_approaches_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_approaches_v_version_version__status_idx\` ON \`_approaches_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_approaches_v_created_at_idx\` ON \`_approaches_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_approaches_v_updated_at_idx\` ON \`_approaches_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_approaches_v_snapshot_idx\` ON \`_approaches_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_approaches_v_published_locale_idx\` ON \`_approaches_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_approaches_v_latest_idx\` ON \`_approaches_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_approaches_v_locales\` (
  	\`version_title\` text,
  	\`version_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_approaches_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_approaches_v_locales_locale_parent_id_unique\` ON \`_approaches_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_approaches_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_approaches_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_approaches_v_texts_order_parent\` ON \`_approaches_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`priority_projects_measures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`priority_projects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`priority_projects_measures_order_idx\` ON \`priority_projects_measures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`priority_projects_measures_parent_id_idx\` ON \`priority_projects_measures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`priority_projects_measures_locales\` (
  	\`title\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`priority_projects_measures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`priority_projects_measures_locales_locale_parent_id_unique\` ON \`priority_projects_measures_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`priority_projects\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`plan_id\` integer,
  	\`order\` numeric DEFAULT 1,
  	\`workflow\` text DEFAULT 'draft',
  	\`created_by_id\` integer,
  	\`updated_by_id\` integer,
  	\`approved_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`plan_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`priority_projects_key_idx\` ON \`priority_projects\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`priority_projects_plan_idx\` ON \`priority_projects\` (\`plan_id\`);`)
  await db.run(sql`CREATE INDEX \`priority_projects_created_by_idx\` ON \`priority_projects\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`priority_projects_updated_by_idx\` ON \`priority_projects\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`priority_projects_approved_by_idx\` ON \`priority_projects\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`priority_projects_updated_at_idx\` ON \`priority_projects\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`priority_projects_created_at_idx\` ON \`priority_projects\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`priority_projects__status_idx\` ON \`priority_projects\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`priority_projects_locales\` (
  	\`title\` text,
  	\`description\` text,
  	\`thinking\` text,
  	\`method\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`priority_projects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`priority_projects_locales_locale_parent_id_unique\` ON \`priority_projects_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`priority_projects_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`priority_projects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`priority_projects_texts_order_parent\` ON \`priority_projects_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`priority_projects_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`goals_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`priority_projects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`goals_id\`) REFERENCES \`goals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`priority_projects_rels_order_idx\` ON \`priority_projects_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`priority_projects_rels_parent_idx\` ON \`priority_projects_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`priority_projects_rels_path_idx\` ON \`priority_projects_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`priority_projects_rels_goals_id_idx\` ON \`priority_projects_rels\` (\`goals_id\`);`)
  await db.run(sql`CREATE TABLE \`_priority_projects_v_version_measures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_priority_projects_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_priority_projects_v_version_measures_order_idx\` ON \`_priority_projects_v_version_measures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_priority_projects_v_version_measures_parent_id_idx\` ON \`_priority_projects_v_version_measures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_priority_projects_v_version_measures_locales\` (
  	\`title\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_priority_projects_v_version_measures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_priority_projects_v_version_measures_locales_locale_parent_\` ON \`_priority_projects_v_version_measures_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_priority_projects_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_key\` text,
  	\`version_plan_id\` integer,
  	\`version_order\` numeric DEFAULT 1,
  	\`version_workflow\` text DEFAULT 'draft',
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`priority_projects\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_plan_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_priority_projects_v_parent_idx\` ON \`_priority_projects_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_priority_projects_v_version_version_key_idx\` ON \`_priority_projects_v\` (\`version_key\`);`)
  await db.run(sql`CREATE INDEX \`_priority_projects_v_version_version_plan_idx\` ON \`_priority_projects_v\` (\`version_plan_id\`);`)
  await db.run(sql`CREATE INDEX \`_priority_projects_v_version_version_created_by_idx\` ON \`_priority_projects_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_priority_projects_v_version_version_updated_by_idx\` ON \`_priority_projects_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_priority_projects_v_version_version_approved_by_idx\` ON \`_priority_projects_v\` (\`version_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_priority_projects_v_version_version_updated_at_idx\` ON \`_priority_projects_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_priority_projects_v_version_version_created_at_idx\` ON \`_priority_projects_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_priority_projects_v_version_version__status_idx\` ON \`_priority_projects_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_priority_projects_v_created_at_idx\` ON \`_priority_projects_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_priority_projects_v_updated_at_idx\` ON \`_priority_projects_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_priority_projects_v_snapshot_idx\` ON \`_priority_projects_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_priority_projects_v_published_locale_idx\` ON \`_priority_projects_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_priority_projects_v_latest_idx\` ON \`_priority_projects_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_priority_projects_v_locales\` (
  	\`version_title\` text,
  	\`version_description\` text,
  	\`version_thinking\` text,
  	\`version_method\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_priority_projects_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_priority_projects_v_locales_locale_parent_id_unique\` ON \`_priority_projects_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_priority_projects_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_priority_projects_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_priority_projects_v_texts_order_parent\` ON \`_priority_projects_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_priority_projects_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`goals_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_priority_projects_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`goals_id\`) REFERENCES \`goals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_priority_projects_v_rels_order_idx\` ON \`_priority_projects_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_priority_projects_v_rels_parent_idx\` ON \`_priority_projects_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_priority_projects_v_rels_path_idx\` ON \`_priority_projects_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_priority_projects_v_rels_goals_id_idx\` ON \`_priority_projects_v_rels\` (\`goals_id\`);`)
  await db.run(sql`CREATE TABLE \`plan_items\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`level\` text,
  	\`goal_id\` integer,
  	\`parent_id\` integer,
  	\`plan_id\` integer,
  	\`order\` numeric DEFAULT 1,
  	\`workflow\` text DEFAULT 'draft',
  	\`created_by_id\` integer,
  	\`updated_by_id\` integer,
  	\`approved_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`goal_id\`) REFERENCES \`goals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`plan_items\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`plan_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`plan_items_key_idx\` ON \`plan_items\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`plan_items_goal_idx\` ON \`plan_items\` (\`goal_id\`);`)
  await db.run(sql`CREATE INDEX \`plan_items_parent_idx\` ON \`plan_items\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`plan_items_plan_idx\` ON \`plan_items\` (\`plan_id\`);`)
  await db.run(sql`CREATE INDEX \`plan_items_created_by_idx\` ON \`plan_items\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`plan_items_updated_by_idx\` ON \`plan_items\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`plan_items_approved_by_idx\` ON \`plan_items\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`plan_items_updated_at_idx\` ON \`plan_items\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`plan_items_created_at_idx\` ON \`plan_items\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`plan_items__status_idx\` ON \`plan_items\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`plan_items_locales\` (
  	\`title\` text,
  	\`description\` text,
  	\`situation\` text,
  	\`direction\` text,
  	\`participation\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`plan_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`plan_items_locales_locale_parent_id_unique\` ON \`plan_items_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`plan_items_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`plan_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`plan_items_texts_order_parent\` ON \`plan_items_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_plan_items_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_key\` text,
  	\`version_level\` text,
  	\`version_goal_id\` integer,
  	\`version_parent_id\` integer,
  	\`version_plan_id\` integer,
  	\`version_order\` numeric DEFAULT 1,
  	\`version_workflow\` text DEFAULT 'draft',
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`plan_items\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_goal_id\`) REFERENCES \`goals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_parent_id\`) REFERENCES \`plan_items\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_plan_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_plan_items_v_parent_idx\` ON \`_plan_items_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_plan_items_v_version_version_key_idx\` ON \`_plan_items_v\` (\`version_key\`);`)
  await db.run(sql`CREATE INDEX \`_plan_items_v_version_version_goal_idx\` ON \`_plan_items_v\` (\`version_goal_id\`);`)
  await db.run(sql`CREATE INDEX \`_plan_items_v_version_version_parent_idx\` ON \`_plan_items_v\` (\`version_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_plan_items_v_version_version_plan_idx\` ON \`_plan_items_v\` (\`version_plan_id\`);`)
  await db.run(sql`CREATE INDEX \`_plan_items_v_version_version_created_by_idx\` ON \`_plan_items_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_plan_items_v_version_version_updated_by_idx\` ON \`_plan_items_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_plan_items_v_version_version_approved_by_idx\` ON \`_plan_items_v\` (\`version_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_plan_items_v_version_version_updated_at_idx\` ON \`_plan_items_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_plan_items_v_version_version_created_at_idx\` ON \`_plan_items_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_plan_items_v_version_version__status_idx\` ON \`_plan_items_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_plan_items_v_created_at_idx\` ON \`_plan_items_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_plan_items_v_updated_at_idx\` ON \`_plan_items_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_plan_items_v_snapshot_idx\` ON \`_plan_items_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_plan_items_v_published_locale_idx\` ON \`_plan_items_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_plan_items_v_latest_idx\` ON \`_plan_items_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_plan_items_v_locales\` (
  	\`version_title\` text,
  	\`version_description\` text,
  	\`version_situation\` text,
  	\`version_direction\` text,
  	\`version_participation\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_plan_items_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_plan_items_v_locales_locale_parent_id_unique\` ON \`_plan_items_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_plan_items_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_plan_items_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_plan_items_v_texts_order_parent\` ON \`_plan_items_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`implementation_plans_projects_years\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`fiscal_year\` numeric,
  	\`budget_thousand_yen\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`implementation_plans_projects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`implementation_plans_projects_years_order_idx\` ON \`implementation_plans_projects_years\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`implementation_plans_projects_years_parent_id_idx\` ON \`implementation_plans_projects_years\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`implementation_plans_projects_years_locales\` (
  	\`plan\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`implementation_plans_projects_years\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`implementation_plans_projects_years_locales_locale_parent_id\` ON \`implementation_plans_projects_years_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`implementation_plans_projects\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`plan_item_id\` integer,
  	FOREIGN KEY (\`plan_item_id\`) REFERENCES \`plan_items\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`implementation_plans\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`implementation_plans_projects_order_idx\` ON \`implementation_plans_projects\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`implementation_plans_projects_parent_id_idx\` ON \`implementation_plans_projects\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`implementation_plans_projects_plan_item_idx\` ON \`implementation_plans_projects\` (\`plan_item_id\`);`)
  await db.run(sql`CREATE TABLE \`implementation_plans_projects_locales\` (
  	\`title\` text,
  	\`department\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`implementation_plans_projects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`implementation_plans_projects_locales_locale_parent_id_uniqu\` ON \`implementation_plans_projects_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`implementation_plans\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`fiscal_year\` numeric,
  	\`start_f_y\` numeric,
  	\`end_f_y\` numeric,
  	\`plan_id\` integer,
  	\`workflow\` text DEFAULT 'draft',
  	\`created_by_id\` integer,
  	\`updated_by_id\` integer,
  	\`approved_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`plan_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`implementation_plans_key_idx\` ON \`implementation_plans\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`implementation_plans_plan_idx\` ON \`implementation_plans\` (\`plan_id\`);`)
  await db.run(sql`CREATE INDEX \`implementation_plans_created_by_idx\` ON \`implementation_plans\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`implementation_plans_updated_by_idx\` ON \`implementation_plans\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`implementation_plans_approved_by_idx\` ON \`implementation_plans\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`implementation_plans_updated_at_idx\` ON \`implementation_plans\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`implementation_plans_created_at_idx\` ON \`implementation_plans\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`implementation_plans__status_idx\` ON \`implementation_plans\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`implementation_plans_locales\` (
  	\`title\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`implementation_plans\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`implementation_plans_locales_locale_parent_id_unique\` ON \`implementation_plans_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`implementation_plans_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`implementation_plans\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`implementation_plans_texts_order_parent\` ON \`implementation_plans_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_implementation_plans_v_version_projects_years\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`fiscal_year\` numeric,
  	\`budget_thousand_yen\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_implementation_plans_v_version_projects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_implementation_plans_v_version_projects_years_order_idx\` ON \`_implementation_plans_v_version_projects_years\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_implementation_plans_v_version_projects_years_parent_id_idx\` ON \`_implementation_plans_v_version_projects_years\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_implementation_plans_v_version_projects_years_locales\` (
  	\`plan\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_implementation_plans_v_version_projects_years\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_implementation_plans_v_version_projects_years_locales_local\` ON \`_implementation_plans_v_version_projects_years_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_implementation_plans_v_version_projects\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`plan_item_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`plan_item_id\`) REFERENCES \`plan_items\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_implementation_plans_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_implementation_plans_v_version_projects_order_idx\` ON \`_implementation_plans_v_version_projects\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_implementation_plans_v_version_projects_parent_id_idx\` ON \`_implementation_plans_v_version_projects\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_implementation_plans_v_version_projects_plan_item_idx\` ON \`_implementation_plans_v_version_projects\` (\`plan_item_id\`);`)
  await db.run(sql`CREATE TABLE \`_implementation_plans_v_version_projects_locales\` (
  	\`title\` text,
  	\`department\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_implementation_plans_v_version_projects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_implementation_plans_v_version_projects_locales_locale_pare\` ON \`_implementation_plans_v_version_projects_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_implementation_plans_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_key\` text,
  	\`version_fiscal_year\` numeric,
  	\`version_start_f_y\` numeric,
  	\`version_end_f_y\` numeric,
  	\`version_plan_id\` integer,
  	\`version_workflow\` text DEFAULT 'draft',
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`implementation_plans\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_plan_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_implementation_plans_v_parent_idx\` ON \`_implementation_plans_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_implementation_plans_v_version_version_key_idx\` ON \`_implementation_plans_v\` (\`version_key\`);`)
  await db.run(sql`CREATE INDEX \`_implementation_plans_v_version_version_plan_idx\` ON \`_implementation_plans_v\` (\`version_plan_id\`);`)
  await db.run(sql`CREATE INDEX \`_implementation_plans_v_version_version_created_by_idx\` ON \`_implementation_plans_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_implementation_plans_v_version_version_updated_by_idx\` ON \`_implementation_plans_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_implementation_plans_v_version_version_approved_by_idx\` ON \`_implementation_plans_v\` (\`version_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_implementation_plans_v_version_version_updated_at_idx\` ON \`_implementation_plans_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_implementation_plans_v_version_version_created_at_idx\` ON \`_implementation_plans_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_implementation_plans_v_version_version__status_idx\` ON \`_implementation_plans_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_implementation_plans_v_created_at_idx\` ON \`_implementation_plans_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_implementation_plans_v_updated_at_idx\` ON \`_implementation_plans_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_implementation_plans_v_snapshot_idx\` ON \`_implementation_plans_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_implementation_plans_v_published_locale_idx\` ON \`_implementation_plans_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_implementation_plans_v_latest_idx\` ON \`_implementation_plans_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_implementation_plans_v_locales\` (
  	\`version_title\` text,
  	\`version_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_implementation_plans_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_implementation_plans_v_locales_locale_parent_id_unique\` ON \`_implementation_plans_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_implementation_plans_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_implementation_plans_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_implementation_plans_v_texts_order_parent\` ON \`_implementation_plans_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`strategy_goals\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`plan_id\` integer,
  	\`order\` numeric DEFAULT 1,
  	\`workflow\` text DEFAULT 'draft',
  	\`created_by_id\` integer,
  	\`updated_by_id\` integer,
  	\`approved_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`plan_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`strategy_goals_key_idx\` ON \`strategy_goals\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`strategy_goals_plan_idx\` ON \`strategy_goals\` (\`plan_id\`);`)
  await db.run(sql`CREATE INDEX \`strategy_goals_created_by_idx\` ON \`strategy_goals\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`strategy_goals_updated_by_idx\` ON \`strategy_goals\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`strategy_goals_approved_by_idx\` ON \`strategy_goals\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`strategy_goals_updated_at_idx\` ON \`strategy_goals\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`strategy_goals_created_at_idx\` ON \`strategy_goals\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`strategy_goals__status_idx\` ON \`strategy_goals\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`strategy_goals_locales\` (
  	\`category\` text,
  	\`headline\` text,
  	\`theme\` text,
  	\`banner\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`strategy_goals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`strategy_goals_locales_locale_parent_id_unique\` ON \`strategy_goals_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`strategy_goals_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`strategy_goals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`strategy_goals_texts_order_parent\` ON \`strategy_goals_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`strategy_goals_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`goals_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`strategy_goals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`goals_id\`) REFERENCES \`goals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`strategy_goals_rels_order_idx\` ON \`strategy_goals_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`strategy_goals_rels_parent_idx\` ON \`strategy_goals_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`strategy_goals_rels_path_idx\` ON \`strategy_goals_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`strategy_goals_rels_goals_id_idx\` ON \`strategy_goals_rels\` (\`goals_id\`);`)
  await db.run(sql`CREATE TABLE \`_strategy_goals_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_key\` text,
  	\`version_plan_id\` integer,
  	\`version_order\` numeric DEFAULT 1,
  	\`version_workflow\` text DEFAULT 'draft',
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`strategy_goals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_plan_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_strategy_goals_v_parent_idx\` ON \`_strategy_goals_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_strategy_goals_v_version_version_key_idx\` ON \`_strategy_goals_v\` (\`version_key\`);`)
  await db.run(sql`CREATE INDEX \`_strategy_goals_v_version_version_plan_idx\` ON \`_strategy_goals_v\` (\`version_plan_id\`);`)
  await db.run(sql`CREATE INDEX \`_strategy_goals_v_version_version_created_by_idx\` ON \`_strategy_goals_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_strategy_goals_v_version_version_updated_by_idx\` ON \`_strategy_goals_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_strategy_goals_v_version_version_approved_by_idx\` ON \`_strategy_goals_v\` (\`version_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_strategy_goals_v_version_version_updated_at_idx\` ON \`_strategy_goals_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_strategy_goals_v_version_version_created_at_idx\` ON \`_strategy_goals_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_strategy_goals_v_version_version__status_idx\` ON \`_strategy_goals_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_strategy_goals_v_created_at_idx\` ON \`_strategy_goals_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_strategy_goals_v_updated_at_idx\` ON \`_strategy_goals_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_strategy_goals_v_snapshot_idx\` ON \`_strategy_goals_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_strategy_goals_v_published_locale_idx\` ON \`_strategy_goals_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_strategy_goals_v_latest_idx\` ON \`_strategy_goals_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_strategy_goals_v_locales\` (
  	\`version_category\` text,
  	\`version_headline\` text,
  	\`version_theme\` text,
  	\`version_banner\` text,
  	\`version_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_strategy_goals_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_strategy_goals_v_locales_locale_parent_id_unique\` ON \`_strategy_goals_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_strategy_goals_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_strategy_goals_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_strategy_goals_v_texts_order_parent\` ON \`_strategy_goals_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_strategy_goals_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`goals_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_strategy_goals_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`goals_id\`) REFERENCES \`goals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_strategy_goals_v_rels_order_idx\` ON \`_strategy_goals_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_strategy_goals_v_rels_parent_idx\` ON \`_strategy_goals_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_strategy_goals_v_rels_path_idx\` ON \`_strategy_goals_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_strategy_goals_v_rels_goals_id_idx\` ON \`_strategy_goals_v_rels\` (\`goals_id\`);`)
  await db.run(sql`CREATE TABLE \`kpis_actuals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`fiscal_year\` numeric,
  	\`value\` numeric,
  	\`status\` text DEFAULT 'final',
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`kpis\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`kpis_actuals_order_idx\` ON \`kpis_actuals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`kpis_actuals_parent_id_idx\` ON \`kpis_actuals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`kpis_actuals_locales\` (
  	\`note\` text,
  	\`source\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`kpis_actuals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`kpis_actuals_locales_locale_parent_id_unique\` ON \`kpis_actuals_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`kpis_verifications\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`fiscal_year\` numeric,
  	\`grade\` text,
  	\`body_id\` integer,
  	\`meeting_id\` integer,
  	FOREIGN KEY (\`body_id\`) REFERENCES \`bodies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`meeting_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`kpis\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`kpis_verifications_order_idx\` ON \`kpis_verifications\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`kpis_verifications_parent_id_idx\` ON \`kpis_verifications\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`kpis_verifications_body_idx\` ON \`kpis_verifications\` (\`body_id\`);`)
  await db.run(sql`CREATE INDEX \`kpis_verifications_meeting_idx\` ON \`kpis_verifications\` (\`meeting_id\`);`)
  await db.run(sql`CREATE TABLE \`kpis_verifications_locales\` (
  	\`comment\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`kpis_verifications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`kpis_verifications_locales_locale_parent_id_unique\` ON \`kpis_verifications_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`kpis\` (
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
  await db.run(sql`CREATE UNIQUE INDEX \`kpis_key_idx\` ON \`kpis\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`kpis_created_by_idx\` ON \`kpis\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`kpis_updated_by_idx\` ON \`kpis\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`kpis_approved_by_idx\` ON \`kpis\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`kpis_updated_at_idx\` ON \`kpis\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`kpis_created_at_idx\` ON \`kpis\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`kpis__status_idx\` ON \`kpis\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`kpis_locales\` (
  	\`name\` text,
  	\`definition\` text,
  	\`unit\` text,
  	\`department\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`kpis\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`kpis_locales_locale_parent_id_unique\` ON \`kpis_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`kpis_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`kpis\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`kpis_texts_order_parent\` ON \`kpis_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`kpis_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`plans_id\` integer,
  	\`goals_id\` integer,
  	\`priority_projects_id\` integer,
  	\`strategy_goals_id\` integer,
  	\`plan_items_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`kpis\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`plans_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`goals_id\`) REFERENCES \`goals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`priority_projects_id\`) REFERENCES \`priority_projects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`strategy_goals_id\`) REFERENCES \`strategy_goals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`plan_items_id\`) REFERENCES \`plan_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`kpis_rels_order_idx\` ON \`kpis_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`kpis_rels_parent_idx\` ON \`kpis_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`kpis_rels_path_idx\` ON \`kpis_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`kpis_rels_plans_id_idx\` ON \`kpis_rels\` (\`plans_id\`);`)
  await db.run(sql`CREATE INDEX \`kpis_rels_goals_id_idx\` ON \`kpis_rels\` (\`goals_id\`);`)
  await db.run(sql`CREATE INDEX \`kpis_rels_priority_projects_id_idx\` ON \`kpis_rels\` (\`priority_projects_id\`);`)
  await db.run(sql`CREATE INDEX \`kpis_rels_strategy_goals_id_idx\` ON \`kpis_rels\` (\`strategy_goals_id\`);`)
  await db.run(sql`CREATE INDEX \`kpis_rels_plan_items_id_idx\` ON \`kpis_rels\` (\`plan_items_id\`);`)
  await db.run(sql`CREATE TABLE \`_kpis_v_version_actuals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`fiscal_year\` numeric,
  	\`value\` numeric,
  	\`status\` text DEFAULT 'final',
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_kpis_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_kpis_v_version_actuals_order_idx\` ON \`_kpis_v_version_actuals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_kpis_v_version_actuals_parent_id_idx\` ON \`_kpis_v_version_actuals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_kpis_v_version_actuals_locales\` (
  	\`note\` text,
  	\`source\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_kpis_v_version_actuals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_kpis_v_version_actuals_locales_locale_parent_id_unique\` ON \`_kpis_v_version_actuals_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_kpis_v_version_verifications\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`fiscal_year\` numeric,
  	\`grade\` text,
  	\`body_id\` integer,
  	\`meeting_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`body_id\`) REFERENCES \`bodies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`meeting_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_kpis_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_kpis_v_version_verifications_order_idx\` ON \`_kpis_v_version_verifications\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_kpis_v_version_verifications_parent_id_idx\` ON \`_kpis_v_version_verifications\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_kpis_v_version_verifications_body_idx\` ON \`_kpis_v_version_verifications\` (\`body_id\`);`)
  await db.run(sql`CREATE INDEX \`_kpis_v_version_verifications_meeting_idx\` ON \`_kpis_v_version_verifications\` (\`meeting_id\`);`)
  await db.run(sql`CREATE TABLE \`_kpis_v_version_verifications_locales\` (
  	\`comment\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_kpis_v_version_verifications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_kpis_v_version_verifications_locales_locale_parent_id_uniqu\` ON \`_kpis_v_version_verifications_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_kpis_v\` (
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
  await db.run(sql`CREATE INDEX \`_kpis_v_parent_idx\` ON \`_kpis_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_kpis_v_version_version_key_idx\` ON \`_kpis_v\` (\`version_key\`);`)
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
  await db.run(sql`CREATE TABLE \`_kpis_v_locales\` (
  	\`version_name\` text,
  	\`version_definition\` text,
  	\`version_unit\` text,
  	\`version_department\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_kpis_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_kpis_v_locales_locale_parent_id_unique\` ON \`_kpis_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_kpis_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_kpis_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_kpis_v_texts_order_parent\` ON \`_kpis_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_kpis_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`plans_id\` integer,
  	\`goals_id\` integer,
  	\`priority_projects_id\` integer,
  	\`strategy_goals_id\` integer,
  	\`plan_items_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_kpis_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`plans_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`goals_id\`) REFERENCES \`goals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`priority_projects_id\`) REFERENCES \`priority_projects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`strategy_goals_id\`) REFERENCES \`strategy_goals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`plan_items_id\`) REFERENCES \`plan_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_kpis_v_rels_order_idx\` ON \`_kpis_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_kpis_v_rels_parent_idx\` ON \`_kpis_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_kpis_v_rels_path_idx\` ON \`_kpis_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_kpis_v_rels_plans_id_idx\` ON \`_kpis_v_rels\` (\`plans_id\`);`)
  await db.run(sql`CREATE INDEX \`_kpis_v_rels_goals_id_idx\` ON \`_kpis_v_rels\` (\`goals_id\`);`)
  await db.run(sql`CREATE INDEX \`_kpis_v_rels_priority_projects_id_idx\` ON \`_kpis_v_rels\` (\`priority_projects_id\`);`)
  await db.run(sql`CREATE INDEX \`_kpis_v_rels_strategy_goals_id_idx\` ON \`_kpis_v_rels\` (\`strategy_goals_id\`);`)
  await db.run(sql`CREATE INDEX \`_kpis_v_rels_plan_items_id_idx\` ON \`_kpis_v_rels\` (\`plan_items_id\`);`)
  await db.run(sql`CREATE TABLE \`bodies_duties\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`bodies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`bodies_duties_order_idx\` ON \`bodies_duties\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`bodies_duties_parent_id_idx\` ON \`bodies_duties\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`bodies_duties_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`bodies_duties\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`bodies_duties_locales_locale_parent_id_unique\` ON \`bodies_duties_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`bodies\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`parent_id\` integer,
  	\`goal_id\` integer,
  	\`order\` numeric DEFAULT 1,
  	\`workflow\` text DEFAULT 'draft',
  	\`created_by_id\` integer,
  	\`updated_by_id\` integer,
  	\`approved_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`bodies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`goal_id\`) REFERENCES \`goals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`bodies_key_idx\` ON \`bodies\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`bodies_parent_idx\` ON \`bodies\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`bodies_goal_idx\` ON \`bodies\` (\`goal_id\`);`)
  await db.run(sql`CREATE INDEX \`bodies_created_by_idx\` ON \`bodies\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`bodies_updated_by_idx\` ON \`bodies\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`bodies_approved_by_idx\` ON \`bodies\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`bodies_updated_at_idx\` ON \`bodies\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`bodies_created_at_idx\` ON \`bodies\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`bodies__status_idx\` ON \`bodies\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`bodies_locales\` (
  	\`name\` text,
  	\`purpose\` text,
  	\`composition\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`bodies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`bodies_locales_locale_parent_id_unique\` ON \`bodies_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`bodies_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`bodies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`bodies_texts_order_parent\` ON \`bodies_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`bodies_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`plans_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`bodies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`plans_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`bodies_rels_order_idx\` ON \`bodies_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`bodies_rels_parent_idx\` ON \`bodies_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`bodies_rels_path_idx\` ON \`bodies_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`bodies_rels_plans_id_idx\` ON \`bodies_rels\` (\`plans_id\`);`)
  await db.run(sql`CREATE TABLE \`_bodies_v_version_duties\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_bodies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_bodies_v_version_duties_order_idx\` ON \`_bodies_v_version_duties\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_bodies_v_version_duties_parent_id_idx\` ON \`_bodies_v_version_duties\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_bodies_v_version_duties_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_bodies_v_version_duties\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_bodies_v_version_duties_locales_locale_parent_id_unique\` ON \`_bodies_v_version_duties_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_bodies_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_key\` text,
  	\`version_parent_id\` integer,
  	\`version_goal_id\` integer,
  	\`version_order\` numeric DEFAULT 1,
  	\`version_workflow\` text DEFAULT 'draft',
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`bodies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_parent_id\`) REFERENCES \`bodies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_goal_id\`) REFERENCES \`goals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_bodies_v_parent_idx\` ON \`_bodies_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_bodies_v_version_version_key_idx\` ON \`_bodies_v\` (\`version_key\`);`)
  await db.run(sql`CREATE INDEX \`_bodies_v_version_version_parent_idx\` ON \`_bodies_v\` (\`version_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_bodies_v_version_version_goal_idx\` ON \`_bodies_v\` (\`version_goal_id\`);`)
  await db.run(sql`CREATE INDEX \`_bodies_v_version_version_created_by_idx\` ON \`_bodies_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_bodies_v_version_version_updated_by_idx\` ON \`_bodies_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_bodies_v_version_version_approved_by_idx\` ON \`_bodies_v\` (\`version_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_bodies_v_version_version_updated_at_idx\` ON \`_bodies_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_bodies_v_version_version_created_at_idx\` ON \`_bodies_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_bodies_v_version_version__status_idx\` ON \`_bodies_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_bodies_v_created_at_idx\` ON \`_bodies_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_bodies_v_updated_at_idx\` ON \`_bodies_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_bodies_v_snapshot_idx\` ON \`_bodies_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_bodies_v_published_locale_idx\` ON \`_bodies_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_bodies_v_latest_idx\` ON \`_bodies_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_bodies_v_locales\` (
  	\`version_name\` text,
  	\`version_purpose\` text,
  	\`version_composition\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_bodies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_bodies_v_locales_locale_parent_id_unique\` ON \`_bodies_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_bodies_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_bodies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_bodies_v_texts_order_parent\` ON \`_bodies_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_bodies_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`plans_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_bodies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`plans_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_bodies_v_rels_order_idx\` ON \`_bodies_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_bodies_v_rels_parent_idx\` ON \`_bodies_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_bodies_v_rels_path_idx\` ON \`_bodies_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_bodies_v_rels_plans_id_idx\` ON \`_bodies_v_rels\` (\`plans_id\`);`)
  await db.run(sql`CREATE TABLE \`meetings_agenda\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`meetings_agenda_order_idx\` ON \`meetings_agenda\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`meetings_agenda_parent_id_idx\` ON \`meetings_agenda\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`meetings_agenda_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`meetings_agenda\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`meetings_agenda_locales_locale_parent_id_unique\` ON \`meetings_agenda_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`meetings_documents\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`code\` text,
  	\`file_id\` integer,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`meetings_documents_order_idx\` ON \`meetings_documents\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`meetings_documents_parent_id_idx\` ON \`meetings_documents\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`meetings_documents_file_idx\` ON \`meetings_documents\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`meetings_documents_locales\` (
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`meetings_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`meetings_documents_locales_locale_parent_id_unique\` ON \`meetings_documents_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`meetings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`body_id\` integer,
  	\`number\` numeric,
  	\`date\` text,
  	\`date_tz\` text DEFAULT 'Asia/Tokyo',
  	\`workflow\` text DEFAULT 'draft',
  	\`created_by_id\` integer,
  	\`updated_by_id\` integer,
  	\`approved_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`body_id\`) REFERENCES \`bodies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`meetings_key_idx\` ON \`meetings\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`meetings_body_idx\` ON \`meetings\` (\`body_id\`);`)
  await db.run(sql`CREATE INDEX \`meetings_created_by_idx\` ON \`meetings\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`meetings_updated_by_idx\` ON \`meetings\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`meetings_approved_by_idx\` ON \`meetings\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`meetings_updated_at_idx\` ON \`meetings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`meetings_created_at_idx\` ON \`meetings\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`meetings__status_idx\` ON \`meetings\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`meetings_locales\` (
  	\`title\` text,
  	\`venue\` text,
  	\`summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`meetings_locales_locale_parent_id_unique\` ON \`meetings_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`meetings_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`meetings_texts_order_parent\` ON \`meetings_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_meetings_v_version_agenda\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_meetings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_meetings_v_version_agenda_order_idx\` ON \`_meetings_v_version_agenda\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_meetings_v_version_agenda_parent_id_idx\` ON \`_meetings_v_version_agenda\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_meetings_v_version_agenda_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_meetings_v_version_agenda\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_meetings_v_version_agenda_locales_locale_parent_id_unique\` ON \`_meetings_v_version_agenda_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_meetings_v_version_documents\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text,
  	\`file_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_meetings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_meetings_v_version_documents_order_idx\` ON \`_meetings_v_version_documents\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_meetings_v_version_documents_parent_id_idx\` ON \`_meetings_v_version_documents\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_meetings_v_version_documents_file_idx\` ON \`_meetings_v_version_documents\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`_meetings_v_version_documents_locales\` (
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_meetings_v_version_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_meetings_v_version_documents_locales_locale_parent_id_uniqu\` ON \`_meetings_v_version_documents_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_meetings_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_key\` text,
  	\`version_body_id\` integer,
  	\`version_number\` numeric,
  	\`version_date\` text,
  	\`version_date_tz\` text DEFAULT 'Asia/Tokyo',
  	\`version_workflow\` text DEFAULT 'draft',
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_body_id\`) REFERENCES \`bodies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_meetings_v_parent_idx\` ON \`_meetings_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_meetings_v_version_version_key_idx\` ON \`_meetings_v\` (\`version_key\`);`)
  await db.run(sql`CREATE INDEX \`_meetings_v_version_version_body_idx\` ON \`_meetings_v\` (\`version_body_id\`);`)
  await db.run(sql`CREATE INDEX \`_meetings_v_version_version_created_by_idx\` ON \`_meetings_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_meetings_v_version_version_updated_by_idx\` ON \`_meetings_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_meetings_v_version_version_approved_by_idx\` ON \`_meetings_v\` (\`version_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_meetings_v_version_version_updated_at_idx\` ON \`_meetings_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_meetings_v_version_version_created_at_idx\` ON \`_meetings_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_meetings_v_version_version__status_idx\` ON \`_meetings_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_meetings_v_created_at_idx\` ON \`_meetings_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_meetings_v_updated_at_idx\` ON \`_meetings_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_meetings_v_snapshot_idx\` ON \`_meetings_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_meetings_v_published_locale_idx\` ON \`_meetings_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_meetings_v_latest_idx\` ON \`_meetings_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_meetings_v_locales\` (
  	\`version_title\` text,
  	\`version_venue\` text,
  	\`version_summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_meetings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_meetings_v_locales_locale_parent_id_unique\` ON \`_meetings_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_meetings_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_meetings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_meetings_v_texts_order_parent\` ON \`_meetings_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pages\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`parent_id\` integer,
  	\`order\` numeric DEFAULT 1,
  	\`workflow\` text DEFAULT 'draft',
  	\`created_by_id\` integer,
  	\`updated_by_id\` integer,
  	\`approved_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`pages_key_idx\` ON \`pages\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`pages_parent_idx\` ON \`pages\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_created_by_idx\` ON \`pages\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_updated_by_idx\` ON \`pages\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_approved_by_idx\` ON \`pages\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_updated_at_idx\` ON \`pages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`pages_created_at_idx\` ON \`pages\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`pages__status_idx\` ON \`pages\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`pages_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`pages_locales_locale_parent_id_unique\` ON \`pages_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pages_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_texts_order_parent\` ON \`pages_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_key\` text,
  	\`version_parent_id\` integer,
  	\`version_order\` numeric DEFAULT 1,
  	\`version_workflow\` text DEFAULT 'draft',
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_parent_idx\` ON \`_pages_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_key_idx\` ON \`_pages_v\` (\`version_key\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_parent_idx\` ON \`_pages_v\` (\`version_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_created_by_idx\` ON \`_pages_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_updated_by_idx\` ON \`_pages_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_approved_by_idx\` ON \`_pages_v\` (\`version_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_updated_at_idx\` ON \`_pages_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_created_at_idx\` ON \`_pages_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version__status_idx\` ON \`_pages_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_created_at_idx\` ON \`_pages_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_updated_at_idx\` ON \`_pages_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_snapshot_idx\` ON \`_pages_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_published_locale_idx\` ON \`_pages_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_latest_idx\` ON \`_pages_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_pages_v_locales_locale_parent_id_unique\` ON \`_pages_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_texts_order_parent\` ON \`_pages_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`workflow\` text DEFAULT 'draft',
  	\`created_by_id\` integer,
  	\`updated_by_id\` integer,
  	\`approved_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_medium_url\` text,
  	\`sizes_medium_width\` numeric,
  	\`sizes_medium_height\` numeric,
  	\`sizes_medium_mime_type\` text,
  	\`sizes_medium_filesize\` numeric,
  	\`sizes_medium_filename\` text,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`media_key_idx\` ON \`media\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`media_created_by_idx\` ON \`media\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`media_updated_by_idx\` ON \`media\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`media_approved_by_idx\` ON \`media\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`media__status_idx\` ON \`media\` (\`_status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_medium_sizes_medium_filename_idx\` ON \`media\` (\`sizes_medium_filename\`);`)
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`alt\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`media_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`media_texts_order_parent\` ON \`media_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_media_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_key\` text,
  	\`version_workflow\` text DEFAULT 'draft',
  	\`version_created_by_id\` integer,
  	\`version_updated_by_id\` integer,
  	\`version_approved_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`version_url\` text,
  	\`version_thumbnail_u_r_l\` text,
  	\`version_filename\` text,
  	\`version_mime_type\` text,
  	\`version_filesize\` numeric,
  	\`version_width\` numeric,
  	\`version_height\` numeric,
  	\`version_focal_x\` numeric,
  	\`version_focal_y\` numeric,
  	\`version_sizes_thumbnail_url\` text,
  	\`version_sizes_thumbnail_width\` numeric,
  	\`version_sizes_thumbnail_height\` numeric,
  	\`version_sizes_thumbnail_mime_type\` text,
  	\`version_sizes_thumbnail_filesize\` numeric,
  	\`version_sizes_thumbnail_filename\` text,
  	\`version_sizes_medium_url\` text,
  	\`version_sizes_medium_width\` numeric,
  	\`version_sizes_medium_height\` numeric,
  	\`version_sizes_medium_mime_type\` text,
  	\`version_sizes_medium_filesize\` numeric,
  	\`version_sizes_medium_filename\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_media_v_parent_idx\` ON \`_media_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_version_version_key_idx\` ON \`_media_v\` (\`version_key\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_version_version_created_by_idx\` ON \`_media_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_version_version_updated_by_idx\` ON \`_media_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_version_version_approved_by_idx\` ON \`_media_v\` (\`version_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_version_version_updated_at_idx\` ON \`_media_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_version_version_created_at_idx\` ON \`_media_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_version_version__status_idx\` ON \`_media_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_version_version_filename_idx\` ON \`_media_v\` (\`version_filename\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_version_sizes_thumbnail_version_sizes_thumbnail_idx\` ON \`_media_v\` (\`version_sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_version_sizes_medium_version_sizes_medium_filen_idx\` ON \`_media_v\` (\`version_sizes_medium_filename\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_created_at_idx\` ON \`_media_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_updated_at_idx\` ON \`_media_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_snapshot_idx\` ON \`_media_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_published_locale_idx\` ON \`_media_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_latest_idx\` ON \`_media_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_media_v_locales\` (
  	\`version_alt\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_media_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_media_v_locales_locale_parent_id_unique\` ON \`_media_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_media_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_media_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_media_v_texts_order_parent\` ON \`_media_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`role\` text DEFAULT 'editor' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`site_publishes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`reason\` text DEFAULT '管理者による手動公開 / Published now by an admin',
  	\`status\` text DEFAULT 'queued',
  	\`requested_by_id\` integer,
  	\`started_at\` text,
  	\`finished_at\` text,
  	\`duration_seconds\` numeric,
  	\`build\` text,
  	\`error\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`requested_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`site_publishes_requested_by_idx\` ON \`site_publishes\` (\`requested_by_id\`);`)
  await db.run(sql`CREATE INDEX \`site_publishes_updated_at_idx\` ON \`site_publishes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`site_publishes_created_at_idx\` ON \`site_publishes\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`concurrency_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_concurrency_key_idx\` ON \`payload_jobs\` (\`concurrency_key\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
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
  	FOREIGN KEY (\`site_publishes_id\`) REFERENCES \`site_publishes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
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
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`site_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`base_url\` text NOT NULL,
  	\`contact_phone\` text,
  	\`contact_email\` text,
  	\`open_data_licence_name\` text DEFAULT 'CC BY 4.0' NOT NULL,
  	\`open_data_licence_url\` text DEFAULT 'https://creativecommons.org/licenses/by/4.0/deed.ja' NOT NULL,
  	\`updated_by_id\` integer,
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_updated_by_idx\` ON \`site_settings\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE TABLE \`site_settings_locales\` (
  	\`city_name\` text,
  	\`site_title\` text,
  	\`contact_department\` text,
  	\`contact_address\` text,
  	\`english_notice\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`site_settings_locales_locale_parent_id_unique\` ON \`site_settings_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`site_settings_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_texts_order_parent\` ON \`site_settings_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_site_settings_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`version_base_url\` text NOT NULL,
  	\`version_contact_phone\` text,
  	\`version_contact_email\` text,
  	\`version_open_data_licence_name\` text DEFAULT 'CC BY 4.0' NOT NULL,
  	\`version_open_data_licence_url\` text DEFAULT 'https://creativecommons.org/licenses/by/4.0/deed.ja' NOT NULL,
  	\`version_updated_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_version_updated_by_idx\` ON \`_site_settings_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_created_at_idx\` ON \`_site_settings_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_updated_at_idx\` ON \`_site_settings_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_site_settings_v_locales\` (
  	\`version_city_name\` text,
  	\`version_site_title\` text,
  	\`version_contact_department\` text,
  	\`version_contact_address\` text,
  	\`version_english_notice\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_site_settings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_site_settings_v_locales_locale_parent_id_unique\` ON \`_site_settings_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_site_settings_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_site_settings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_site_settings_v_texts_order_parent\` ON \`_site_settings_v_texts\` (\`order\`,\`parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`plans_layers_parts\`;`)
  await db.run(sql`DROP TABLE \`plans_layers_parts_locales\`;`)
  await db.run(sql`DROP TABLE \`plans_layers_editions\`;`)
  await db.run(sql`DROP TABLE \`plans_layers_editions_locales\`;`)
  await db.run(sql`DROP TABLE \`plans_layers\`;`)
  await db.run(sql`DROP TABLE \`plans_layers_locales\`;`)
  await db.run(sql`DROP TABLE \`plans\`;`)
  await db.run(sql`DROP TABLE \`plans_locales\`;`)
  await db.run(sql`DROP TABLE \`plans_texts\`;`)
  await db.run(sql`DROP TABLE \`_plans_v_version_layers_parts\`;`)
  await db.run(sql`DROP TABLE \`_plans_v_version_layers_parts_locales\`;`)
  await db.run(sql`DROP TABLE \`_plans_v_version_layers_editions\`;`)
  await db.run(sql`DROP TABLE \`_plans_v_version_layers_editions_locales\`;`)
  await db.run(sql`DROP TABLE \`_plans_v_version_layers\`;`)
  await db.run(sql`DROP TABLE \`_plans_v_version_layers_locales\`;`)
  await db.run(sql`DROP TABLE \`_plans_v\`;`)
  await db.run(sql`DROP TABLE \`_plans_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_plans_v_texts\`;`)
  await db.run(sql`DROP TABLE \`principles\`;`)
  await db.run(sql`DROP TABLE \`principles_locales\`;`)
  await db.run(sql`DROP TABLE \`principles_texts\`;`)
  await db.run(sql`DROP TABLE \`_principles_v\`;`)
  await db.run(sql`DROP TABLE \`_principles_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_principles_v_texts\`;`)
  await db.run(sql`DROP TABLE \`goals\`;`)
  await db.run(sql`DROP TABLE \`goals_locales\`;`)
  await db.run(sql`DROP TABLE \`goals_texts\`;`)
  await db.run(sql`DROP TABLE \`_goals_v\`;`)
  await db.run(sql`DROP TABLE \`_goals_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_goals_v_texts\`;`)
  await db.run(sql`DROP TABLE \`approaches\`;`)
  await db.run(sql`DROP TABLE \`approaches_locales\`;`)
  await db.run(sql`DROP TABLE \`approaches_texts\`;`)
  await db.run(sql`DROP TABLE \`_approaches_v\`;`)
  await db.run(sql`DROP TABLE \`_approaches_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_approaches_v_texts\`;`)
  await db.run(sql`DROP TABLE \`priority_projects_measures\`;`)
  await db.run(sql`DROP TABLE \`priority_projects_measures_locales\`;`)
  await db.run(sql`DROP TABLE \`priority_projects\`;`)
  await db.run(sql`DROP TABLE \`priority_projects_locales\`;`)
  await db.run(sql`DROP TABLE \`priority_projects_texts\`;`)
  await db.run(sql`DROP TABLE \`priority_projects_rels\`;`)
  await db.run(sql`DROP TABLE \`_priority_projects_v_version_measures\`;`)
  await db.run(sql`DROP TABLE \`_priority_projects_v_version_measures_locales\`;`)
  await db.run(sql`DROP TABLE \`_priority_projects_v\`;`)
  await db.run(sql`DROP TABLE \`_priority_projects_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_priority_projects_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_priority_projects_v_rels\`;`)
  await db.run(sql`DROP TABLE \`plan_items\`;`)
  await db.run(sql`DROP TABLE \`plan_items_locales\`;`)
  await db.run(sql`DROP TABLE \`plan_items_texts\`;`)
  await db.run(sql`DROP TABLE \`_plan_items_v\`;`)
  await db.run(sql`DROP TABLE \`_plan_items_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_plan_items_v_texts\`;`)
  await db.run(sql`DROP TABLE \`implementation_plans_projects_years\`;`)
  await db.run(sql`DROP TABLE \`implementation_plans_projects_years_locales\`;`)
  await db.run(sql`DROP TABLE \`implementation_plans_projects\`;`)
  await db.run(sql`DROP TABLE \`implementation_plans_projects_locales\`;`)
  await db.run(sql`DROP TABLE \`implementation_plans\`;`)
  await db.run(sql`DROP TABLE \`implementation_plans_locales\`;`)
  await db.run(sql`DROP TABLE \`implementation_plans_texts\`;`)
  await db.run(sql`DROP TABLE \`_implementation_plans_v_version_projects_years\`;`)
  await db.run(sql`DROP TABLE \`_implementation_plans_v_version_projects_years_locales\`;`)
  await db.run(sql`DROP TABLE \`_implementation_plans_v_version_projects\`;`)
  await db.run(sql`DROP TABLE \`_implementation_plans_v_version_projects_locales\`;`)
  await db.run(sql`DROP TABLE \`_implementation_plans_v\`;`)
  await db.run(sql`DROP TABLE \`_implementation_plans_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_implementation_plans_v_texts\`;`)
  await db.run(sql`DROP TABLE \`strategy_goals\`;`)
  await db.run(sql`DROP TABLE \`strategy_goals_locales\`;`)
  await db.run(sql`DROP TABLE \`strategy_goals_texts\`;`)
  await db.run(sql`DROP TABLE \`strategy_goals_rels\`;`)
  await db.run(sql`DROP TABLE \`_strategy_goals_v\`;`)
  await db.run(sql`DROP TABLE \`_strategy_goals_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_strategy_goals_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_strategy_goals_v_rels\`;`)
  await db.run(sql`DROP TABLE \`kpis_actuals\`;`)
  await db.run(sql`DROP TABLE \`kpis_actuals_locales\`;`)
  await db.run(sql`DROP TABLE \`kpis_verifications\`;`)
  await db.run(sql`DROP TABLE \`kpis_verifications_locales\`;`)
  await db.run(sql`DROP TABLE \`kpis\`;`)
  await db.run(sql`DROP TABLE \`kpis_locales\`;`)
  await db.run(sql`DROP TABLE \`kpis_texts\`;`)
  await db.run(sql`DROP TABLE \`kpis_rels\`;`)
  await db.run(sql`DROP TABLE \`_kpis_v_version_actuals\`;`)
  await db.run(sql`DROP TABLE \`_kpis_v_version_actuals_locales\`;`)
  await db.run(sql`DROP TABLE \`_kpis_v_version_verifications\`;`)
  await db.run(sql`DROP TABLE \`_kpis_v_version_verifications_locales\`;`)
  await db.run(sql`DROP TABLE \`_kpis_v\`;`)
  await db.run(sql`DROP TABLE \`_kpis_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_kpis_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_kpis_v_rels\`;`)
  await db.run(sql`DROP TABLE \`bodies_duties\`;`)
  await db.run(sql`DROP TABLE \`bodies_duties_locales\`;`)
  await db.run(sql`DROP TABLE \`bodies\`;`)
  await db.run(sql`DROP TABLE \`bodies_locales\`;`)
  await db.run(sql`DROP TABLE \`bodies_texts\`;`)
  await db.run(sql`DROP TABLE \`bodies_rels\`;`)
  await db.run(sql`DROP TABLE \`_bodies_v_version_duties\`;`)
  await db.run(sql`DROP TABLE \`_bodies_v_version_duties_locales\`;`)
  await db.run(sql`DROP TABLE \`_bodies_v\`;`)
  await db.run(sql`DROP TABLE \`_bodies_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_bodies_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_bodies_v_rels\`;`)
  await db.run(sql`DROP TABLE \`meetings_agenda\`;`)
  await db.run(sql`DROP TABLE \`meetings_agenda_locales\`;`)
  await db.run(sql`DROP TABLE \`meetings_documents\`;`)
  await db.run(sql`DROP TABLE \`meetings_documents_locales\`;`)
  await db.run(sql`DROP TABLE \`meetings\`;`)
  await db.run(sql`DROP TABLE \`meetings_locales\`;`)
  await db.run(sql`DROP TABLE \`meetings_texts\`;`)
  await db.run(sql`DROP TABLE \`_meetings_v_version_agenda\`;`)
  await db.run(sql`DROP TABLE \`_meetings_v_version_agenda_locales\`;`)
  await db.run(sql`DROP TABLE \`_meetings_v_version_documents\`;`)
  await db.run(sql`DROP TABLE \`_meetings_v_version_documents_locales\`;`)
  await db.run(sql`DROP TABLE \`_meetings_v\`;`)
  await db.run(sql`DROP TABLE \`_meetings_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_meetings_v_texts\`;`)
  await db.run(sql`DROP TABLE \`pages\`;`)
  await db.run(sql`DROP TABLE \`pages_locales\`;`)
  await db.run(sql`DROP TABLE \`pages_texts\`;`)
  await db.run(sql`DROP TABLE \`_pages_v\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_texts\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`media_locales\`;`)
  await db.run(sql`DROP TABLE \`media_texts\`;`)
  await db.run(sql`DROP TABLE \`_media_v\`;`)
  await db.run(sql`DROP TABLE \`_media_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_media_v_texts\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`site_publishes\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`site_settings\`;`)
  await db.run(sql`DROP TABLE \`site_settings_locales\`;`)
  await db.run(sql`DROP TABLE \`site_settings_texts\`;`)
  await db.run(sql`DROP TABLE \`_site_settings_v\`;`)
  await db.run(sql`DROP TABLE \`_site_settings_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_site_settings_v_texts\`;`)
}
