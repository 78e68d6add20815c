import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`plans_grade_scale\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`grade\` text,
  	\`order\` numeric DEFAULT 1,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`plans_grade_scale_order_idx\` ON \`plans_grade_scale\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`plans_grade_scale_parent_id_idx\` ON \`plans_grade_scale\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`plans_grade_scale_locales\` (
  	\`label\` text,
  	\`meaning\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`plans_grade_scale\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`plans_grade_scale_locales_locale_parent_id_unique\` ON \`plans_grade_scale_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_plans_v_version_grade_scale\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`grade\` text,
  	\`order\` numeric DEFAULT 1,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_plans_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_plans_v_version_grade_scale_order_idx\` ON \`_plans_v_version_grade_scale\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_grade_scale_parent_id_idx\` ON \`_plans_v_version_grade_scale\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_plans_v_version_grade_scale_locales\` (
  	\`label\` text,
  	\`meaning\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_plans_v_version_grade_scale\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_plans_v_version_grade_scale_locales_locale_parent_id_unique\` ON \`_plans_v_version_grade_scale_locales\` (\`_locale\`,\`_parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`plans_grade_scale\`;`)
  await db.run(sql`DROP TABLE \`plans_grade_scale_locales\`;`)
  await db.run(sql`DROP TABLE \`_plans_v_version_grade_scale\`;`)
  await db.run(sql`DROP TABLE \`_plans_v_version_grade_scale_locales\`;`)
}
