import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

type Db = MigrateUpArgs['db']

/** `sampleFields` moves from the shared text table to its own select table; main and version tables alike. */
const SAMPLE_TABLES = [
  'plans', 'principles', 'goals', 'approaches', 'priority_projects', 'plan_items', 'implementation_plans',
  'strategy_goals', 'kpis', 'bodies', 'meetings', 'pages', 'media', 'site_settings',
].flatMap((t) => [
  { flags: `${t}_sample_fields`, texts: `${t}_texts`, path: 'sampleFields' },
  { flags: `_${t}_v_version_sample_fields`, texts: `_${t}_v_texts`, path: 'version.sampleFields' },
])

/** Whole-array flags that become one flag per row: `[parent, flag value, row table, nested row table]`. */
const ROW_FLAGS = ['', '_v_version'].flatMap((v) => {
  const p = (t: string) => (v ? `_${t}${v}` : t)
  return [
    [p('kpis'), 'actuals', `${p('kpis')}_actuals`, null],
    [p('kpis'), 'verifications', `${p('kpis')}_verifications`, null],
    [p('implementation_plans'), 'projects', `${p('implementation_plans')}_projects`, `${p('implementation_plans')}_projects_years`],
  ].map(([parent, value, rows, nested]) => ({
    flags: `${parent}_sample_fields`,
    value: value!,
    rows: rows!,
    nested,
  }))
})

const q = (name: string) => sql.raw(`\`${name}\``)

/** Keeps an existing database's meaning: the same fields flagged, and every row of a flagged array flagged. */
async function moveSampleFlags(db: Db): Promise<void> {
  for (const { flags, texts, path } of SAMPLE_TABLES) {
    await db.run(sql`INSERT INTO ${q(flags)} (\`order\`, parent_id, value) SELECT \`order\`, parent_id, text FROM ${q(texts)} WHERE path = ${path}`)
    await db.run(sql`DELETE FROM ${q(texts)} WHERE path = ${path}`)
  }
  for (const { flags, value, rows, nested } of ROW_FLAGS) {
    const flagged = sql`SELECT parent_id FROM ${q(flags)} WHERE value = ${value}`
    await db.run(sql`UPDATE ${q(rows)} SET sample = 1 WHERE _parent_id IN (${flagged})`)
    if (nested) await db.run(sql`UPDATE ${q(nested)} SET sample = 1 WHERE _parent_id IN (SELECT id FROM ${q(rows)} WHERE _parent_id IN (${flagged}))`)
    await db.run(sql`DELETE FROM ${q(flags)} WHERE value = ${value}`)
  }
}

/** The reverse: an array is flagged as a whole when any of its rows is, and the flags go back to the text table. */
async function restoreSampleFlags(db: Db): Promise<void> {
  for (const { flags, value, rows } of ROW_FLAGS) {
    await db.run(sql`INSERT INTO ${q(flags)} (\`order\`, parent_id, value) SELECT DISTINCT 1000, _parent_id, ${value} FROM ${q(rows)} WHERE sample = 1`)
  }
  for (const { flags, texts, path } of SAMPLE_TABLES) {
    await db.run(sql`INSERT INTO ${q(texts)} (\`order\`, parent_id, path, text) SELECT \`order\`, parent_id, ${path}, value FROM ${q(flags)}`)
  }
}

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`plans_sample_fields\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`plans_sample_fields_order_idx\` ON \`plans_sample_fields\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`plans_sample_fields_parent_idx\` ON \`plans_sample_fields\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_plans_v_version_sample_fields\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_plans_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_plans_v_version_sample_fields_order_idx\` ON \`_plans_v_version_sample_fields\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_sample_fields_parent_idx\` ON \`_plans_v_version_sample_fields\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`principles_sample_fields\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`principles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`principles_sample_fields_order_idx\` ON \`principles_sample_fields\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`principles_sample_fields_parent_idx\` ON \`principles_sample_fields\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_principles_v_version_sample_fields\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_principles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_principles_v_version_sample_fields_order_idx\` ON \`_principles_v_version_sample_fields\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_principles_v_version_sample_fields_parent_idx\` ON \`_principles_v_version_sample_fields\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`goals_sample_fields\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`goals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`goals_sample_fields_order_idx\` ON \`goals_sample_fields\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`goals_sample_fields_parent_idx\` ON \`goals_sample_fields\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_goals_v_version_sample_fields\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_goals_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_goals_v_version_sample_fields_order_idx\` ON \`_goals_v_version_sample_fields\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_goals_v_version_sample_fields_parent_idx\` ON \`_goals_v_version_sample_fields\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`approaches_sample_fields\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`approaches\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`approaches_sample_fields_order_idx\` ON \`approaches_sample_fields\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`approaches_sample_fields_parent_idx\` ON \`approaches_sample_fields\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_approaches_v_version_sample_fields\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_approaches_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_approaches_v_version_sample_fields_order_idx\` ON \`_approaches_v_version_sample_fields\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_approaches_v_version_sample_fields_parent_idx\` ON \`_approaches_v_version_sample_fields\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`priority_projects_sample_fields\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`priority_projects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`priority_projects_sample_fields_order_idx\` ON \`priority_projects_sample_fields\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`priority_projects_sample_fields_parent_idx\` ON \`priority_projects_sample_fields\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_priority_projects_v_version_sample_fields\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_priority_projects_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_priority_projects_v_version_sample_fields_order_idx\` ON \`_priority_projects_v_version_sample_fields\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_priority_projects_v_version_sample_fields_parent_idx\` ON \`_priority_projects_v_version_sample_fields\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`plan_items_sample_fields\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`plan_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`plan_items_sample_fields_order_idx\` ON \`plan_items_sample_fields\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`plan_items_sample_fields_parent_idx\` ON \`plan_items_sample_fields\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_plan_items_v_version_sample_fields\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_plan_items_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_plan_items_v_version_sample_fields_order_idx\` ON \`_plan_items_v_version_sample_fields\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_plan_items_v_version_sample_fields_parent_idx\` ON \`_plan_items_v_version_sample_fields\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`implementation_plans_sample_fields\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`implementation_plans\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`implementation_plans_sample_fields_order_idx\` ON \`implementation_plans_sample_fields\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`implementation_plans_sample_fields_parent_idx\` ON \`implementation_plans_sample_fields\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_implementation_plans_v_version_sample_fields\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_implementation_plans_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_implementation_plans_v_version_sample_fields_order_idx\` ON \`_implementation_plans_v_version_sample_fields\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_implementation_plans_v_version_sample_fields_parent_idx\` ON \`_implementation_plans_v_version_sample_fields\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`strategy_goals_sample_fields\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`strategy_goals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`strategy_goals_sample_fields_order_idx\` ON \`strategy_goals_sample_fields\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`strategy_goals_sample_fields_parent_idx\` ON \`strategy_goals_sample_fields\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_strategy_goals_v_version_sample_fields\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_strategy_goals_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_strategy_goals_v_version_sample_fields_order_idx\` ON \`_strategy_goals_v_version_sample_fields\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_strategy_goals_v_version_sample_fields_parent_idx\` ON \`_strategy_goals_v_version_sample_fields\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`kpis_sample_fields\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`kpis\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`kpis_sample_fields_order_idx\` ON \`kpis_sample_fields\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`kpis_sample_fields_parent_idx\` ON \`kpis_sample_fields\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_kpis_v_version_sample_fields\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_kpis_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_kpis_v_version_sample_fields_order_idx\` ON \`_kpis_v_version_sample_fields\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_kpis_v_version_sample_fields_parent_idx\` ON \`_kpis_v_version_sample_fields\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`bodies_sample_fields\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`bodies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`bodies_sample_fields_order_idx\` ON \`bodies_sample_fields\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`bodies_sample_fields_parent_idx\` ON \`bodies_sample_fields\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_bodies_v_version_sample_fields\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_bodies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_bodies_v_version_sample_fields_order_idx\` ON \`_bodies_v_version_sample_fields\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_bodies_v_version_sample_fields_parent_idx\` ON \`_bodies_v_version_sample_fields\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`meetings_sample_fields\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`meetings_sample_fields_order_idx\` ON \`meetings_sample_fields\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`meetings_sample_fields_parent_idx\` ON \`meetings_sample_fields\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_meetings_v_version_sample_fields\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_meetings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_meetings_v_version_sample_fields_order_idx\` ON \`_meetings_v_version_sample_fields\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_meetings_v_version_sample_fields_parent_idx\` ON \`_meetings_v_version_sample_fields\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pages_sample_fields\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_sample_fields_order_idx\` ON \`pages_sample_fields\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`pages_sample_fields_parent_idx\` ON \`pages_sample_fields\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_version_sample_fields\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_version_sample_fields_order_idx\` ON \`_pages_v_version_sample_fields\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_sample_fields_parent_idx\` ON \`_pages_v_version_sample_fields\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`media_sample_fields\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`media_sample_fields_order_idx\` ON \`media_sample_fields\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`media_sample_fields_parent_idx\` ON \`media_sample_fields\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_media_v_version_sample_fields\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_media_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_media_v_version_sample_fields_order_idx\` ON \`_media_v_version_sample_fields\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_version_sample_fields_parent_idx\` ON \`_media_v_version_sample_fields\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`site_settings_sample_fields\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_sample_fields_order_idx\` ON \`site_settings_sample_fields\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_sample_fields_parent_idx\` ON \`site_settings_sample_fields\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_site_settings_v_version_sample_fields\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_site_settings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_sample_fields_order_idx\` ON \`_site_settings_v_version_sample_fields\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_sample_fields_parent_idx\` ON \`_site_settings_v_version_sample_fields\` (\`parent_id\`);`)
  await db.run(sql`ALTER TABLE \`implementation_plans_projects_years\` ADD \`sample\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`implementation_plans_projects\` ADD \`sample\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_implementation_plans_v_version_projects_years\` ADD \`sample\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_implementation_plans_v_version_projects\` ADD \`sample\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`kpis_actuals\` ADD \`sample\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`kpis_verifications\` ADD \`sample\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_kpis_v_version_actuals\` ADD \`sample\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_kpis_v_version_verifications\` ADD \`sample\` integer DEFAULT false;`)
  await moveSampleFlags(db)
  await db.run(sql`DROP TABLE \`site_settings_texts\`;`)
  await db.run(sql`DROP TABLE \`_site_settings_v_texts\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
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
  await restoreSampleFlags(db)
  await db.run(sql`DROP TABLE \`plans_sample_fields\`;`)
  await db.run(sql`DROP TABLE \`_plans_v_version_sample_fields\`;`)
  await db.run(sql`DROP TABLE \`principles_sample_fields\`;`)
  await db.run(sql`DROP TABLE \`_principles_v_version_sample_fields\`;`)
  await db.run(sql`DROP TABLE \`goals_sample_fields\`;`)
  await db.run(sql`DROP TABLE \`_goals_v_version_sample_fields\`;`)
  await db.run(sql`DROP TABLE \`approaches_sample_fields\`;`)
  await db.run(sql`DROP TABLE \`_approaches_v_version_sample_fields\`;`)
  await db.run(sql`DROP TABLE \`priority_projects_sample_fields\`;`)
  await db.run(sql`DROP TABLE \`_priority_projects_v_version_sample_fields\`;`)
  await db.run(sql`DROP TABLE \`plan_items_sample_fields\`;`)
  await db.run(sql`DROP TABLE \`_plan_items_v_version_sample_fields\`;`)
  await db.run(sql`DROP TABLE \`implementation_plans_sample_fields\`;`)
  await db.run(sql`DROP TABLE \`_implementation_plans_v_version_sample_fields\`;`)
  await db.run(sql`DROP TABLE \`strategy_goals_sample_fields\`;`)
  await db.run(sql`DROP TABLE \`_strategy_goals_v_version_sample_fields\`;`)
  await db.run(sql`DROP TABLE \`kpis_sample_fields\`;`)
  await db.run(sql`DROP TABLE \`_kpis_v_version_sample_fields\`;`)
  await db.run(sql`DROP TABLE \`bodies_sample_fields\`;`)
  await db.run(sql`DROP TABLE \`_bodies_v_version_sample_fields\`;`)
  await db.run(sql`DROP TABLE \`meetings_sample_fields\`;`)
  await db.run(sql`DROP TABLE \`_meetings_v_version_sample_fields\`;`)
  await db.run(sql`DROP TABLE \`pages_sample_fields\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_version_sample_fields\`;`)
  await db.run(sql`DROP TABLE \`media_sample_fields\`;`)
  await db.run(sql`DROP TABLE \`_media_v_version_sample_fields\`;`)
  await db.run(sql`DROP TABLE \`site_settings_sample_fields\`;`)
  await db.run(sql`DROP TABLE \`_site_settings_v_version_sample_fields\`;`)
  await db.run(sql`ALTER TABLE \`implementation_plans_projects_years\` DROP COLUMN \`sample\`;`)
  await db.run(sql`ALTER TABLE \`implementation_plans_projects\` DROP COLUMN \`sample\`;`)
  await db.run(sql`ALTER TABLE \`_implementation_plans_v_version_projects_years\` DROP COLUMN \`sample\`;`)
  await db.run(sql`ALTER TABLE \`_implementation_plans_v_version_projects\` DROP COLUMN \`sample\`;`)
  await db.run(sql`ALTER TABLE \`kpis_actuals\` DROP COLUMN \`sample\`;`)
  await db.run(sql`ALTER TABLE \`kpis_verifications\` DROP COLUMN \`sample\`;`)
  await db.run(sql`ALTER TABLE \`_kpis_v_version_actuals\` DROP COLUMN \`sample\`;`)
  await db.run(sql`ALTER TABLE \`_kpis_v_version_verifications\` DROP COLUMN \`sample\`;`)
}
