import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`site_settings_readings\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`surface\` text NOT NULL,
  	\`reading\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_readings_order_idx\` ON \`site_settings_readings\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_readings_parent_id_idx\` ON \`site_settings_readings\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_site_settings_v_version_readings\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`surface\` text NOT NULL,
  	\`reading\` text NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_site_settings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_readings_order_idx\` ON \`_site_settings_v_version_readings\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_readings_parent_id_idx\` ON \`_site_settings_v_version_readings\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`plans\` ADD \`vision_easy_summary\` text;`)
  await db.run(sql`ALTER TABLE \`plans\` ADD \`easy_summary\` text;`)
  await db.run(sql`ALTER TABLE \`plans\` ADD \`easy_progress\` text;`)
  await db.run(sql`ALTER TABLE \`_plans_v\` ADD \`version_vision_easy_summary\` text;`)
  await db.run(sql`ALTER TABLE \`_plans_v\` ADD \`version_easy_summary\` text;`)
  await db.run(sql`ALTER TABLE \`_plans_v\` ADD \`version_easy_progress\` text;`)
  await db.run(sql`ALTER TABLE \`principles\` ADD \`easy_summary\` text;`)
  await db.run(sql`ALTER TABLE \`_principles_v\` ADD \`version_easy_summary\` text;`)
  await db.run(sql`ALTER TABLE \`goals\` ADD \`easy_summary\` text;`)
  await db.run(sql`ALTER TABLE \`_goals_v\` ADD \`version_easy_summary\` text;`)
  await db.run(sql`ALTER TABLE \`priority_projects\` ADD \`easy_summary\` text;`)
  await db.run(sql`ALTER TABLE \`_priority_projects_v\` ADD \`version_easy_summary\` text;`)
  await db.run(sql`ALTER TABLE \`bodies\` ADD \`easy_summary\` text;`)
  await db.run(sql`ALTER TABLE \`_bodies_v\` ADD \`version_easy_summary\` text;`)
  await db.run(sql`ALTER TABLE \`meetings\` ADD \`easy_summary\` text;`)
  await db.run(sql`ALTER TABLE \`_meetings_v\` ADD \`version_easy_summary\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`easy_summary\` text;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_easy_summary\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`site_settings_readings\`;`)
  await db.run(sql`DROP TABLE \`_site_settings_v_version_readings\`;`)
  await db.run(sql`ALTER TABLE \`plans\` DROP COLUMN \`vision_easy_summary\`;`)
  await db.run(sql`ALTER TABLE \`plans\` DROP COLUMN \`easy_summary\`;`)
  await db.run(sql`ALTER TABLE \`plans\` DROP COLUMN \`easy_progress\`;`)
  await db.run(sql`ALTER TABLE \`_plans_v\` DROP COLUMN \`version_vision_easy_summary\`;`)
  await db.run(sql`ALTER TABLE \`_plans_v\` DROP COLUMN \`version_easy_summary\`;`)
  await db.run(sql`ALTER TABLE \`_plans_v\` DROP COLUMN \`version_easy_progress\`;`)
  await db.run(sql`ALTER TABLE \`principles\` DROP COLUMN \`easy_summary\`;`)
  await db.run(sql`ALTER TABLE \`_principles_v\` DROP COLUMN \`version_easy_summary\`;`)
  await db.run(sql`ALTER TABLE \`goals\` DROP COLUMN \`easy_summary\`;`)
  await db.run(sql`ALTER TABLE \`_goals_v\` DROP COLUMN \`version_easy_summary\`;`)
  await db.run(sql`ALTER TABLE \`priority_projects\` DROP COLUMN \`easy_summary\`;`)
  await db.run(sql`ALTER TABLE \`_priority_projects_v\` DROP COLUMN \`version_easy_summary\`;`)
  await db.run(sql`ALTER TABLE \`bodies\` DROP COLUMN \`easy_summary\`;`)
  await db.run(sql`ALTER TABLE \`_bodies_v\` DROP COLUMN \`version_easy_summary\`;`)
  await db.run(sql`ALTER TABLE \`meetings\` DROP COLUMN \`easy_summary\`;`)
  await db.run(sql`ALTER TABLE \`_meetings_v\` DROP COLUMN \`version_easy_summary\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`easy_summary\`;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` DROP COLUMN \`version_easy_summary\`;`)
}
