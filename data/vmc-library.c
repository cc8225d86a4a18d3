/* vmc-library.c: every attempt kept, in a database beside its audio
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * $XDG_DATA_HOME/voicemail-coach/library.db (SQLite) holds a row per attempt: when it was
 * made, its length, the full analysis (the `analyze --json` object), a copy of the plan used,
 * a note, and as columns what the list, its filters and the chart need (the score, each tip's
 * verdict, the recipient, the number said, a few metrics, the words for search). The audio is
 * in audio/ beside it: WAV while it is made, FLAC once it is finished.
 *
 * The database is in WAL mode (a reader never waits for a writer), with foreign keys on, a
 * schema version (PRAGMA user_version) brought up to date by migrations, every change in a
 * transaction, each statement prepared once, and every value bound. Two connections: one that
 * writes, one that reads, each behind its own lock, so that any thread may call in (the UI
 * calls from workers) and a list being read does not wait for a save.
 *
 * A deleted attempt is only marked at first (trashed): it leaves the lists at once and comes
 * back with vmc_library_restore() (Undo); vmc_library_purge() removes the trashed rows and
 * their audio for good, when the undo has expired or the app quits (and at the next start).
 */
#define G_LOG_DOMAIN "vmc-library"

#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <sqlite3.h>

#include "vmc-flac.h"
#include "vmc-library.h"
#include "vmc-library-private.h"
#include "vmc-wav-writer.h"

G_DEFINE_QUARK (vmc-library-error-quark, vmc_library_error)

#define DB_NAME "library.db"
#define AUDIO_DIR "audio"
#define BUSY_MS 5000

typedef struct
{
  sqlite3    *db;
  GMutex      lock;
  GHashTable *statements;   /* SQL -> sqlite3_stmt, prepared once */
} Connection;

struct _VmcLibrary
{
  GObject parent_instance;

  GMainContext *context;    /* where "changed" is emitted: the one the library was opened in */
  char *dir;
  char *audio_dir;
  Connection write;
  Connection read;
};

G_DEFINE_FINAL_TYPE (VmcLibrary, vmc_library, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The first schema (0.3.0's first build): kept to test the migration from it */
static const char schema_1[] =
  "CREATE TABLE attempts ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  created INTEGER NOT NULL,"          /* seconds since the epoch */
  "  duration REAL NOT NULL,"
  "  audio TEXT NOT NULL,"               /* relative to the library's folder */
  "  score INTEGER NOT NULL,"
  "  verdicts TEXT NOT NULL,"            /* a letter per tip: P, W, F, S */
  "  recipient TEXT NOT NULL DEFAULT '',"
  "  number TEXT NOT NULL DEFAULT '',"
  "  analysis TEXT NOT NULL,"
  "  plan TEXT);"
  "CREATE INDEX attempts_by_date ON attempts (created DESC);";

/* 1 -> 2: each tip's verdict a column of its own, the note, the words for search, the
 * metrics the chart and the comparison show, deletion with undo, and the record of the
 * 0.2.0 folder's recordings brought in */
static const char migrate_1_2[] =
  "ALTER TABLE attempts ADD COLUMN note TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE attempts ADD COLUMN transcript TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE attempts ADD COLUMN trashed INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE attempts ADD COLUMN words_per_minute REAL NOT NULL DEFAULT 0;"
  "ALTER TABLE attempts ADD COLUMN digits_per_second REAL NOT NULL DEFAULT 0;"
  "ALTER TABLE attempts ADD COLUMN pitch_range REAL NOT NULL DEFAULT 0;"
  "ALTER TABLE attempts ADD COLUMN tip_plan INTEGER NOT NULL DEFAULT 3;"
  "ALTER TABLE attempts ADD COLUMN tip_name INTEGER NOT NULL DEFAULT 3;"
  "ALTER TABLE attempts ADD COLUMN tip_number_early INTEGER NOT NULL DEFAULT 3;"
  "ALTER TABLE attempts ADD COLUMN tip_engaged INTEGER NOT NULL DEFAULT 3;"
  "ALTER TABLE attempts ADD COLUMN tip_direct INTEGER NOT NULL DEFAULT 3;"
  "ALTER TABLE attempts ADD COLUMN tip_short INTEGER NOT NULL DEFAULT 3;"
  "ALTER TABLE attempts ADD COLUMN tip_no_demands INTEGER NOT NULL DEFAULT 3;"
  "ALTER TABLE attempts ADD COLUMN tip_rapport INTEGER NOT NULL DEFAULT 3;"
  "ALTER TABLE attempts ADD COLUMN tip_accessible INTEGER NOT NULL DEFAULT 3;"
  "ALTER TABLE attempts ADD COLUMN tip_closing_number INTEGER NOT NULL DEFAULT 3;"
  /* the letters of version 1 into the columns (P, W, F, S are 0, 1, 2, 3) */
  "UPDATE attempts SET"
  "  tip_plan = instr ('PWFS', substr (verdicts, 1, 1)) - 1,"
  "  tip_name = instr ('PWFS', substr (verdicts, 2, 1)) - 1,"
  "  tip_number_early = instr ('PWFS', substr (verdicts, 3, 1)) - 1,"
  "  tip_engaged = instr ('PWFS', substr (verdicts, 4, 1)) - 1,"
  "  tip_direct = instr ('PWFS', substr (verdicts, 5, 1)) - 1,"
  "  tip_short = instr ('PWFS', substr (verdicts, 6, 1)) - 1,"
  "  tip_no_demands = instr ('PWFS', substr (verdicts, 7, 1)) - 1,"
  "  tip_rapport = instr ('PWFS', substr (verdicts, 8, 1)) - 1,"
  "  tip_accessible = instr ('PWFS', substr (verdicts, 9, 1)) - 1,"
  "  tip_closing_number = instr ('PWFS', substr (verdicts, 10, 1)) - 1;"
  /* the words and the metrics out of the analyses kept */
  "UPDATE attempts SET"
  "  transcript = coalesce ((SELECT group_concat (json_extract (value, '$.word'), ' ')"
  "                          FROM json_each (analysis, '$.words')), ''),"
  "  words_per_minute = coalesce (json_extract (analysis, '$.metrics.words_per_minute'), 0),"
  "  digits_per_second = coalesce (json_extract (analysis, '$.metrics.number_digits_per_second'), 0),"
  "  pitch_range = coalesce (json_extract (analysis, '$.metrics.pitch_range_semitones'), 0)"
  "  WHERE json_valid (analysis);"
  "ALTER TABLE attempts DROP COLUMN verdicts;"
  "CREATE INDEX attempts_by_score ON attempts (score);"
  "CREATE TABLE imported ("
  "  source TEXT PRIMARY KEY,"           /* a recording of the 0.2.0 folder */
  "  attempt INTEGER REFERENCES attempts (id) ON DELETE SET NULL);";

/* 2 -> 3: the analysis and the plan (JSON, about 9 kB an attempt) in a table of their own.
 * In the row they stood before the columns added in 2, so every search and every list row
 * read its way through their overflow pages: a search of 5,000 attempts read 46 MB. */
static const char migrate_2_3[] =
  "CREATE TABLE analyses ("
  "  attempt INTEGER PRIMARY KEY REFERENCES attempts (id) ON DELETE CASCADE,"
  "  analysis TEXT NOT NULL,"
  "  plan TEXT);"
  "INSERT INTO analyses (attempt, analysis, plan) SELECT id, analysis, plan FROM attempts;"
  "ALTER TABLE attempts DROP COLUMN analysis;"
  "ALTER TABLE attempts DROP COLUMN plan;";

static const char * const migrations[] = {
  NULL,          /* 0 -> 1: schema_1 */
  migrate_1_2,
  migrate_2_3,
};

/* ---- connections ---- */

static gboolean
set_sqlite_error (GError    **error,
                  sqlite3    *db,
                  int         rc,
                  const char *doing)
{
  int code = rc == SQLITE_READONLY || rc == SQLITE_CANTOPEN || rc == SQLITE_PERM ? VMC_LIBRARY_ERROR_READ_ONLY
             : rc == SQLITE_CORRUPT || rc == SQLITE_NOTADB ? VMC_LIBRARY_ERROR_CORRUPT
             : VMC_LIBRARY_ERROR_FAILED;
  const char *detail = db ? sqlite3_errmsg (db) : sqlite3_errstr (rc);

  if (code == VMC_LIBRARY_ERROR_READ_ONLY)
    g_set_error (error, VMC_LIBRARY_ERROR, code,
                 _("The attempts library cannot be written (%s: %s). Check that the folder and "
                   "its files are yours and not read-only."), doing, detail);
  else if (code == VMC_LIBRARY_ERROR_CORRUPT)
    g_set_error (error, VMC_LIBRARY_ERROR, code,
                 _("The attempts library is damaged (%s: %s). Move library.db aside; the "
                   "recordings in its audio folder are not touched."), doing, detail);
  else if (rc == SQLITE_FULL)
    g_set_error (error, VMC_LIBRARY_ERROR, code,
                 _("The disk is full (%s). Free some space: the recording itself is kept."), doing);
  else
    g_set_error (error, VMC_LIBRARY_ERROR, code, _("The attempts library failed (%s: %s)."), doing, detail);
  return FALSE;
}

static void
connection_close (Connection *c)
{
  g_clear_pointer (&c->statements, g_hash_table_unref);
  if (c->db)
    sqlite3_close_v2 (c->db);
  c->db = NULL;
}

/* The statement for @sql, prepared the first time (call with the connection's lock held) */
static sqlite3_stmt *
statement (Connection  *c,
           const char  *sql,
           GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (c->statements, sql);
  int rc;

  if (stmt)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }
  if ((rc = sqlite3_prepare_v3 (c->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL)) != SQLITE_OK)
    {
      set_sqlite_error (error, c->db, rc, "prepare");
      return NULL;
    }
  g_hash_table_insert (c->statements, (gpointer)sql, stmt);
  return stmt;
}

static gboolean
exec (Connection  *c,
      const char  *sql,
      const char  *doing,
      GError     **error)
{
  char *message = NULL;
  int rc = sqlite3_exec (c->db, sql, NULL, NULL, &message);

  sqlite3_free (message);
  if (rc != SQLITE_OK)
    return set_sqlite_error (error, c->db, rc, doing);
  return TRUE;
}

static int
user_version (Connection *c)
{
  sqlite3_stmt *stmt = NULL;
  int version = -1;

  if (sqlite3_prepare_v2 (c->db, "PRAGMA user_version", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return version;
}

static gboolean
connection_open (Connection  *c,
                 const char  *path,
                 gboolean     read_only,
                 GError     **error)
{
  int flags = (read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
              SQLITE_OPEN_NOMUTEX;
  int rc;

  c->statements = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify)sqlite3_finalize);
  if ((rc = sqlite3_open_v2 (path, &c->db, flags, NULL)) != SQLITE_OK)
    return set_sqlite_error (error, c->db, rc, path);
  sqlite3_busy_timeout (c->db, BUSY_MS);
  return exec (c, "PRAGMA foreign_keys = ON", path, error);
}

/* Brings the database from @from up to @to, each step in a transaction of its own */
static gboolean
migrate (Connection  *c,
         int          from,
         int          to,
         GError     **error)
{
  for (int v = from; v < to; v++)
    {
      g_autofree char *set = g_strdup_printf ("PRAGMA user_version = %d", v + 1);

      if (!exec (c, "BEGIN IMMEDIATE", "migrate", error))
        return FALSE;
      if (!exec (c, v == 0 ? schema_1 : migrations[v], "migrate", error) ||
          !exec (c, set, "migrate", error))
        {
          exec (c, "ROLLBACK", "migrate", NULL);
          return FALSE;
        }
      if (!exec (c, "COMMIT", "migrate", error))
        return FALSE;
      g_debug ("library brought to version %d", v + 1);
    }
  /* the pages the analyses left in the attempts' table given back (not in a transaction) */
  if (from == 2 && to >= 3 && !exec (c, "VACUUM", "migrate", error))
    return FALSE;
  return TRUE;
}

/* ---- the library ---- */

static void
vmc_library_finalize (GObject *object)
{
  VmcLibrary *self = VMC_LIBRARY (object);

  connection_close (&self->read);
  connection_close (&self->write);
  g_mutex_clear (&self->read.lock);
  g_mutex_clear (&self->write.lock);
  g_free (self->dir);
  g_free (self->audio_dir);
  g_main_context_unref (self->context);
  G_OBJECT_CLASS (vmc_library_parent_class)->finalize (object);
}

static void
vmc_library_class_init (VmcLibraryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = vmc_library_finalize;

  /**
   * VmcLibrary::changed:
   * @id: the attempt added, changed or deleted; 0 when several were
   *
   * Something in the library changed. Emitted in the main context the library was opened
   * in, whichever thread made the change, after the change is committed.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
vmc_library_init (VmcLibrary *self)
{
  g_mutex_init (&self->write.lock);
  g_mutex_init (&self->read.lock);
  self->context = g_main_context_ref_thread_default ();
}

typedef struct
{
  VmcLibrary *library;
  gint64      id;
} Change;

static gboolean
emit_changed (gpointer data)
{
  Change *change = data;

  g_signal_emit (change->library, signals[CHANGED], 0, change->id);
  return G_SOURCE_REMOVE;
}

static void
change_free (gpointer data)
{
  Change *change = data;

  g_object_unref (change->library);
  g_free (change);
}

/* Tells the library's listeners, in its main context, that attempt @id (0: several) changed */
void
_vmc_library_changed (VmcLibrary *self,
                      gint64      id)
{
  g_autoptr(GSource) idle = g_idle_source_new ();
  Change *change = g_new (Change, 1);

  change->library = g_object_ref (self);
  change->id = id;
  g_source_set_priority (idle, G_PRIORITY_DEFAULT);
  g_source_set_callback (idle, emit_changed, change, change_free);
  g_source_set_static_name (idle, "[vmc] library changed");
  g_source_attach (idle, self->context);
}

/* Returns: (transfer full): $XDG_DATA_HOME/voicemail-coach */
char *
vmc_library_default_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "voicemail-coach", NULL);
}

/**
 * vmc_library_get_default:
 * @error: why the user's library could not be opened (the same reason on every call)
 *
 * The user's library (vmc_library_default_dir()), opened once for the process. What was
 * deleted and not undone at the last run is still there to remove: vmc_library_purge(), in
 * a worker for a window (it reads the whole table).
 *
 * Returns: (transfer none) (nullable): the library, or %NULL with @error set
 */
VmcLibrary *
vmc_library_get_default (GError **error)
{
  static VmcLibrary *library;
  static GError *failed;
  static gsize once;

  if (g_once_init_enter (&once))
    {
      g_autofree char *dir = vmc_library_default_dir ();

      library = vmc_library_open (dir, &failed);
      g_once_init_leave (&once, 1);
    }
  if (library == NULL)
    g_propagate_error (error, g_error_copy (failed));
  return library;
}

/**
 * vmc_library_open_at_version:
 * @dir: the library's folder (made if missing)
 * @version: the schema to bring a new or older database up to (VMC_LIBRARY_SCHEMA_VERSION;
 *   an older one only to test migrations)
 * @error: a #VMC_LIBRARY_ERROR: a database of a later version is refused and left as it is
 */
VmcLibrary *
vmc_library_open_at_version (const char  *dir,
                             int          version,
                             GError     **error)
{
  g_autoptr(VmcLibrary) self = NULL;
  g_autofree char *path = NULL;
  int found;

  g_return_val_if_fail (dir != NULL, NULL);
  g_return_val_if_fail (version >= 1 && version <= VMC_LIBRARY_SCHEMA_VERSION, NULL);

  self = g_object_new (VMC_TYPE_LIBRARY, NULL);
  self->dir = g_strdup (dir);
  self->audio_dir = g_build_filename (dir, AUDIO_DIR, NULL);
  if (g_mkdir_with_parents (self->audio_dir, 0700) != 0)
    {
      int err = errno;

      g_set_error (error, VMC_LIBRARY_ERROR,
                   err == EACCES || err == EROFS || err == EPERM ? VMC_LIBRARY_ERROR_READ_ONLY : VMC_LIBRARY_ERROR_FAILED,
                   _("The attempts library cannot be made in %s: %s. Check that the folder is "
                     "yours and not read-only."), self->audio_dir, g_strerror (err));
      return NULL;
    }
  path = g_build_filename (dir, DB_NAME, NULL);
  if (!connection_open (&self->write, path, FALSE, error))
    return NULL;
  /* a later version's database is refused before anything is written to it (not even the
   * journal mode) */
  found = user_version (&self->write);
  if (found > VMC_LIBRARY_SCHEMA_VERSION)
    {
      g_set_error (error, VMC_LIBRARY_ERROR, VMC_LIBRARY_ERROR_NEWER,
                   _("The attempts library %s was written by a later version of Voicemail Coach "
                     "(its version %d, this one reads up to %d). Update Voicemail Coach; the "
                     "library is left as it is."), path, found, VMC_LIBRARY_SCHEMA_VERSION);
      return NULL;
    }
  if (found < 0)
    {
      g_set_error (error, VMC_LIBRARY_ERROR, VMC_LIBRARY_ERROR_CORRUPT,
                   _("%s is not an attempts library (%s). Move it aside; the recordings in the "
                     "audio folder are not touched."), path, sqlite3_errmsg (self->write.db));
      return NULL;
    }
  if (!exec (&self->write, "PRAGMA journal_mode = WAL", path, error) ||
      !exec (&self->write, "PRAGMA synchronous = NORMAL", path, error) ||
      !migrate (&self->write, found, version, error))
    return NULL;
  if (!connection_open (&self->read, path, TRUE, error))
    return NULL;
  return g_steal_pointer (&self);
}

/**
 * vmc_library_open:
 * @dir: the library's folder (vmc_library_default_dir() for the user's)
 *
 * Opens the library, made if missing, brought up to this version if older.
 *
 * Returns: (transfer full): the library, or %NULL with a #VMC_LIBRARY_ERROR
 */
VmcLibrary *
vmc_library_open (const char  *dir,
                  GError     **error)
{
  return vmc_library_open_at_version (dir, VMC_LIBRARY_SCHEMA_VERSION, error);
}

const char *
vmc_library_get_dir (VmcLibrary *self)
{
  g_return_val_if_fail (VMC_IS_LIBRARY (self), NULL);
  return self->dir;
}

/* Returns: (transfer full): the folder of the recordings */
char *
vmc_library_get_audio_dir (VmcLibrary *self)
{
  g_return_val_if_fail (VMC_IS_LIBRARY (self), NULL);
  return g_strdup (self->audio_dir);
}

/**
 * vmc_library_new_recording_path:
 *
 * Returns: (transfer full): where to record a new attempt (a WAV in the audio folder, named
 *   for now, used by no other)
 */
char *
vmc_library_new_recording_path (VmcLibrary *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");

  g_return_val_if_fail (VMC_IS_LIBRARY (self), NULL);

  for (guint i = 1;; i++)
    {
      g_autofree char *name = i == 1 ? g_strdup_printf ("attempt-%s.wav", stamp)
                                     : g_strdup_printf ("attempt-%s-%u.wav", stamp, i);
      g_autofree char *base = g_strndup (name, strlen (name) - 4);
      g_autofree char *flac = g_strconcat (base, ".flac", NULL);
      char *path = g_build_filename (self->audio_dir, name, NULL);
      g_autofree char *part = g_strconcat (path, VMC_WAV_PART_SUFFIX, NULL);
      g_autofree char *flac_path = g_build_filename (self->audio_dir, flac, NULL);

      if (!g_file_test (path, G_FILE_TEST_EXISTS) && !g_file_test (part, G_FILE_TEST_EXISTS) &&
          !g_file_test (flac_path, G_FILE_TEST_EXISTS))
        return path;
      g_free (path);
    }
}

/* @path as the database keeps it: relative to the library when inside it */
static char *
relative (VmcLibrary *self,
          const char *path)
{
  g_autofree char *prefix = g_strconcat (self->dir, G_DIR_SEPARATOR_S, NULL);

  if (g_str_has_prefix (path, prefix))
    return g_strdup (path + strlen (prefix));
  return g_strdup (path);
}

static char *
absolute (VmcLibrary *self,
          const char *path)
{
  if (g_path_is_absolute (path))
    return g_strdup (path);
  return g_build_filename (self->dir, path, NULL);
}

static char *
words_of (VmcAnalysis *analysis)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < analysis->words->len; i++)
    {
      const VmcWord *w = g_ptr_array_index (analysis->words, i);

      if (w->filler)
        continue;
      if (s->len)
        g_string_append_c (s, ' ');
      g_string_append (s, w->word);
    }
  return g_string_free (s, FALSE);
}

/* Binds the columns of @analysis that the list, its filters and the chart use: from ?4 on,
 * the score, the ten verdicts, the number said, the words and three metrics */
static void
bind_figures (sqlite3_stmt *stmt,
              int           first,
              VmcAnalysis  *analysis)
{
  VmcElement *number = vmc_elements_find (analysis->elements, VMC_ELEMENT_NUMBER);
  g_autofree char *words = words_of (analysis);

  sqlite3_bind_int (stmt, first, analysis->score);
  for (int t = 0; t < VMC_N_TIPS; t++)
    sqlite3_bind_int (stmt, first + 1 + t, analysis->tips[t].verdict);
  sqlite3_bind_text (stmt, first + 11, number && number->digits ? number->digits : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, first + 12, words, -1, SQLITE_TRANSIENT);
  sqlite3_bind_double (stmt, first + 13, analysis->metrics.words_per_minute);
  sqlite3_bind_double (stmt, first + 14, analysis->metrics.number_digits_per_second);
  sqlite3_bind_double (stmt, first + 15, analysis->metrics.pitch_range_st);
}

#define FIGURES_COLUMNS "score, tip_plan, tip_name, tip_number_early, tip_engaged, tip_direct, " \
  "tip_short, tip_no_demands, tip_rapport, tip_accessible, tip_closing_number, number, "        \
  "transcript, words_per_minute, digits_per_second, pitch_range"

/* A change: the write connection's lock taken, a transaction begun */
gboolean
_vmc_library_begin (VmcLibrary  *self,
                    GError     **error)
{
  g_mutex_lock (&self->write.lock);
  if (exec (&self->write, "BEGIN IMMEDIATE", "begin", error))
    return TRUE;
  g_mutex_unlock (&self->write.lock);
  return FALSE;
}

/* Commits (or rolls back when @ok is FALSE) and lets go of the lock */
gboolean
_vmc_library_end (VmcLibrary  *self,
                  gboolean     ok,
                  GError     **error)
{
  if (ok)
    ok = exec (&self->write, "COMMIT", "commit", error);
  if (!ok)
    exec (&self->write, "ROLLBACK", "rollback", NULL);
  g_mutex_unlock (&self->write.lock);
  return ok;
}

static gboolean
step_done (Connection  *c,
           sqlite3_stmt *stmt,
           const char  *doing,
           GError     **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return set_sqlite_error (error, c->db, rc, doing);
  return TRUE;
}

/* For the library's other files: a statement of the write connection (its lock held), and
 * a step that must finish */
sqlite3_stmt *
_vmc_library_statement (VmcLibrary  *self,
                        const char  *sql,
                        GError     **error)
{
  return statement (&self->write, sql, error);
}

gboolean
_vmc_library_step_done (VmcLibrary   *self,
                        sqlite3_stmt *stmt,
                        const char   *doing,
                        GError      **error)
{
  return step_done (&self->write, stmt, doing, error);
}

/**
 * vmc_library_add:
 * @analysis: the attempt judged (kept whole, as JSON)
 * @audio: its recording (a path inside the library's folder is kept relative to it)
 * @plan: (nullable): the plan it was made with (a copy is kept)
 * @created: (nullable): when it was made; now when %NULL
 *
 * Keeps an attempt: one row, in one transaction.
 *
 * Returns: its id, or 0 with @error set
 */
gint64
vmc_library_add (VmcLibrary     *self,
                 VmcAnalysis    *analysis,
                 const char     *audio,
                 const VmcPlan  *plan,
                 GDateTime      *created,
                 GError        **error)
{
  gint64 id;

  g_return_val_if_fail (VMC_IS_LIBRARY (self), 0);
  g_return_val_if_fail (analysis != NULL && audio != NULL, 0);

  if (!_vmc_library_begin (self, error))
    return 0;
  id = _vmc_library_add_locked (self, analysis, audio, plan, created, error);
  if (!_vmc_library_end (self, id != 0, error))
    return 0;
  _vmc_library_changed (self, id);
  return id;
}

/* Adds a row in the transaction begun (the write connection's lock held) */
gint64
_vmc_library_add_locked (VmcLibrary     *self,
                         VmcAnalysis    *analysis,
                         const char     *audio,
                         const VmcPlan  *plan,
                         GDateTime      *created,
                         GError        **error)
{
  static const char sql[] =
    "INSERT INTO attempts (created, duration, audio, recipient, " FIGURES_COLUMNS ") "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)";
  static const char sql_analysis[] =
    "INSERT INTO analyses (attempt, analysis, plan) VALUES (?1, ?2, ?3)";
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *json = vmc_analysis_to_json (analysis, FALSE);
  g_autofree char *plan_json = plan ? vmc_plan_to_json (plan) : NULL;
  g_autofree char *rel = relative (self, audio);
  sqlite3_stmt *stmt;
  gint64 id;

  if (!(stmt = _vmc_library_statement (self, sql, error)))
    return 0;
  sqlite3_bind_int64 (stmt, 1, g_date_time_to_unix (created ? created : now));
  sqlite3_bind_double (stmt, 2, analysis->duration);
  sqlite3_bind_text (stmt, 3, rel, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, plan && vmc_plan_get_written (plan, "recipient")
                            ? vmc_plan_get_written (plan, "recipient") : "", -1, SQLITE_TRANSIENT);
  bind_figures (stmt, 5, analysis);
  if (!_vmc_library_step_done (self, stmt, "add", error))
    return 0;
  id = sqlite3_last_insert_rowid (self->write.db);
  if (!(stmt = _vmc_library_statement (self, sql_analysis, error)))
    return 0;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, json, -1, SQLITE_TRANSIENT);
  if (plan_json)
    sqlite3_bind_text (stmt, 3, plan_json, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, 3);
  if (!_vmc_library_step_done (self, stmt, "add", error))
    return 0;
  return id;
}

/* Runs @sql (an UPDATE of one attempt, ?1 its id) in a transaction, with @bind for the rest */
static gboolean
update_one (VmcLibrary  *self,
            const char  *sql,
            gint64       id,
            void       (*bind) (sqlite3_stmt *stmt, gconstpointer data),
            gconstpointer data,
            const char  *doing,
            GError     **error)
{
  sqlite3_stmt *stmt;
  gboolean ok = FALSE;

  if (!_vmc_library_begin (self, error))
    return FALSE;
  if ((stmt = statement (&self->write, sql, error)))
    {
      sqlite3_bind_int64 (stmt, 1, id);
      if (bind)
        bind (stmt, data);
      ok = step_done (&self->write, stmt, doing, error);
      if (ok && sqlite3_changes (self->write.db) == 0)
        {
          g_set_error (error, VMC_LIBRARY_ERROR, VMC_LIBRARY_ERROR_NOT_FOUND,
                       _("There is no attempt %" G_GINT64_FORMAT " in the library."), id);
          ok = FALSE;
        }
    }
  if (!_vmc_library_end (self, ok, error))
    return FALSE;
  _vmc_library_changed (self, id);
  return TRUE;
}

static void
bind_text_2 (sqlite3_stmt  *stmt,
             gconstpointer  data)
{
  sqlite3_bind_text (stmt, 2, data, -1, SQLITE_TRANSIENT);
}

/**
 * vmc_library_keep_as_flac:
 *
 * Keeps the attempt's recording as FLAC: written, synced and read back with the same
 * samples, recorded as the attempt's audio, and only then is the WAV removed. An attempt
 * already in FLAC is left as it is.
 */
gboolean
vmc_library_keep_as_flac (VmcLibrary  *self,
                          gint64       id,
                          GError     **error)
{
  g_autoptr(VmcAttempt) attempt = NULL;
  g_autofree char *flac = NULL, *rel = NULL, *base = NULL;
  const char *wav;

  g_return_val_if_fail (VMC_IS_LIBRARY (self), FALSE);

  if (!(attempt = vmc_library_get_attempt (self, id, error)))
    return FALSE;
  wav = vmc_attempt_get_audio (attempt);
  if (!g_str_has_suffix (wav, ".wav"))
    return TRUE;
  base = g_strndup (wav, strlen (wav) - 4);
  flac = g_strconcat (base, ".flac", NULL);
  if (!vmc_flac_from_wav (wav, flac, error))
    return FALSE;
  rel = relative (self, flac);
  if (!update_one (self, "UPDATE attempts SET audio = ?2 WHERE id = ?1", id, bind_text_2, rel,
                   "keep as FLAC", error))
    {
      g_unlink (flac);
      return FALSE;
    }
  /* recorded: the WAV can go (one the user keeps elsewhere is not ours to remove) */
  if (g_str_has_prefix (wav, self->dir))
    g_unlink (wav);
  return TRUE;
}

gboolean
vmc_library_set_note (VmcLibrary  *self,
                      gint64       id,
                      const char  *note,
                      GError     **error)
{
  g_return_val_if_fail (VMC_IS_LIBRARY (self), FALSE);

  return update_one (self, "UPDATE attempts SET note = ?2 WHERE id = ?1", id, bind_text_2,
                     note ? note : "", "note", error);
}

/* The attempt analysed again (with the current analyzer): its analysis and figures replaced */
gboolean
vmc_library_replace_analysis (VmcLibrary   *self,
                              gint64        id,
                              VmcAnalysis  *analysis,
                              GError      **error)
{
  static const char sql[] =
    "UPDATE attempts SET duration = ?2, score = ?3, tip_plan = ?4, tip_name = ?5, "
    "tip_number_early = ?6, tip_engaged = ?7, tip_direct = ?8, tip_short = ?9, "
    "tip_no_demands = ?10, tip_rapport = ?11, tip_accessible = ?12, tip_closing_number = ?13, "
    "number = ?14, transcript = ?15, words_per_minute = ?16, digits_per_second = ?17, "
    "pitch_range = ?18 WHERE id = ?1";
  static const char sql_analysis[] =
    "UPDATE analyses SET analysis = ?2 WHERE attempt = ?1";
  sqlite3_stmt *stmt;
  gboolean ok = FALSE;

  g_return_val_if_fail (VMC_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (analysis != NULL, FALSE);

  /* the figures and the analysis they come from, in one transaction */
  if (!_vmc_library_begin (self, error))
    return FALSE;
  if ((stmt = statement (&self->write, sql, error)))
    {
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_double (stmt, 2, analysis->duration);
      bind_figures (stmt, 3, analysis);
      ok = step_done (&self->write, stmt, "analyse again", error);
      if (ok && sqlite3_changes (self->write.db) == 0)
        {
          g_set_error (error, VMC_LIBRARY_ERROR, VMC_LIBRARY_ERROR_NOT_FOUND,
                       _("There is no attempt %" G_GINT64_FORMAT " in the library."), id);
          ok = FALSE;
        }
    }
  if (ok && (ok = (stmt = statement (&self->write, sql_analysis, error)) != NULL))
    {
      g_autofree char *json = vmc_analysis_to_json (analysis, FALSE);

      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_text (stmt, 2, json, -1, SQLITE_TRANSIENT);
      ok = step_done (&self->write, stmt, "analyse again", error);
    }
  if (!_vmc_library_end (self, ok, error))
    return FALSE;
  _vmc_library_changed (self, id);
  return TRUE;
}

/* Deletes the attempt from the lists at once; vmc_library_restore() brings it back until
 * vmc_library_purge() */
gboolean
vmc_library_trash (VmcLibrary  *self,
                   gint64       id,
                   GError     **error)
{
  g_return_val_if_fail (VMC_IS_LIBRARY (self), FALSE);

  return update_one (self, "UPDATE attempts SET trashed = 1 WHERE id = ?1", id, NULL, NULL, "delete", error);
}

gboolean
vmc_library_restore (VmcLibrary  *self,
                     gint64       id,
                     GError     **error)
{
  g_return_val_if_fail (VMC_IS_LIBRARY (self), FALSE);

  return update_one (self, "UPDATE attempts SET trashed = 0 WHERE id = ?1", id, NULL, NULL, "undo", error);
}

/**
 * vmc_library_purge:
 *
 * Removes the deleted attempts for good: their rows, then their recordings.
 *
 * Returns: how many were removed
 */
guint
vmc_library_purge (VmcLibrary  *self,
                   GError     **error)
{
  g_autoptr(GPtrArray) audio = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;
  gboolean ok = FALSE;
  int rc;

  g_return_val_if_fail (VMC_IS_LIBRARY (self), 0);

  if (!_vmc_library_begin (self, error))
    return 0;
  if ((stmt = statement (&self->write, "SELECT audio FROM attempts WHERE trashed = 1", error)))
    {
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        g_ptr_array_add (audio, absolute (self, (const char *)sqlite3_column_text (stmt, 0)));
      sqlite3_reset (stmt);
      if (rc == SQLITE_DONE && (stmt = statement (&self->write, "DELETE FROM attempts WHERE trashed = 1", error)))
        ok = step_done (&self->write, stmt, "purge", error);
      else if (rc != SQLITE_DONE)
        set_sqlite_error (error, self->write.db, rc, "purge");
    }
  if (!_vmc_library_end (self, ok, error))
    return 0;
  if (audio->len > 0)
    _vmc_library_changed (self, 0);
  /* the rows are gone: now their recordings (the library's own only) */
  for (guint i = 0; i < audio->len; i++)
    if (g_str_has_prefix (audio->pdata[i], self->audio_dir))
      g_unlink (audio->pdata[i]);
  return audio->len;
}

/* ---- after a crash ---- */

/* Oldest first: by when the recordings were last written, then by name */
static gint
by_age (gconstpointer a,
        gconstpointer b)
{
  const char *pa = *(const char * const *)a, *pb = *(const char * const *)b;
  GStatBuf sa, sb;

  if (g_stat (pa, &sa) == 0 && g_stat (pb, &sb) == 0 && sa.st_mtime != sb.st_mtime)
    return sa.st_mtime < sb.st_mtime ? -1 : 1;
  return g_strcmp0 (pa, pb);
}

/* Whether an attempt holds @rel (a path relative to the library) as its audio */
static gboolean
holds_audio (VmcLibrary *self,
             const char *rel)
{
  sqlite3_stmt *stmt;
  gboolean held = TRUE;   /* when in doubt, the recording is not offered again */

  g_mutex_lock (&self->read.lock);
  if ((stmt = statement (&self->read, "SELECT 1 FROM attempts WHERE audio = ?1", NULL)))
    {
      sqlite3_bind_text (stmt, 1, rel, -1, SQLITE_TRANSIENT);
      held = sqlite3_step (stmt) != SQLITE_DONE;
      sqlite3_reset (stmt);
    }
  g_mutex_unlock (&self->read.lock);
  return held;
}

/**
 * vmc_library_recover:
 * @errors: (element-type GError) (nullable): gets what could not be repaired or kept
 *
 * What a crash, a kill or a full disk left between a recording and its attempt, made whole:
 * recordings cut off while they were made are repaired (the header written for the samples
 * there); attempts kept while their audio was still WAV get their FLAC. Run at start, before
 * anything is recorded.
 *
 * Returns: (transfer full) (element-type filename): the recordings in the audio folder that
 *   no attempt holds: the caller analyses them and adds them (vmc_library_add()), oldest first
 */
GPtrArray *
vmc_library_recover (VmcLibrary *self,
                     GPtrArray  *errors)
{
  g_autoptr(GPtrArray) parts = NULL;
  g_autoptr(GPtrArray) pending = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GDir) dir = NULL;
  GPtrArray *unsaved = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) ids = NULL;
  const char *name;

  g_return_val_if_fail (VMC_IS_LIBRARY (self), unsaved);

  /* cut off: made whole (one another process is still writing is left alone) */
  parts = vmc_wav_find_unfinished (self->audio_dir);
  for (guint i = 0; i < parts->len; i++)
    {
      GError *error = NULL;
      g_autofree char *path = vmc_wav_recover (parts->pdata[i], &error);

      if (path == NULL && errors)
        g_ptr_array_add (errors, error);
      else
        g_clear_error (&error);
    }

  /* kept, but still as WAV: the FLAC made now */
  if ((ids = vmc_library_find (self, NULL, NULL)))
    {
      g_autoptr(GPtrArray) all = vmc_library_get_attempts (self, (const gint64 *)(void *)ids->data, ids->len, NULL);

      for (guint i = 0; all && i < all->len; i++)
        {
          const char *audio = vmc_attempt_get_audio (all->pdata[i]);

          if (g_str_has_suffix (audio, ".wav") && g_str_has_prefix (audio, self->audio_dir) &&
              g_file_test (audio, G_FILE_TEST_EXISTS))
            g_ptr_array_add (pending, g_object_ref (all->pdata[i]));
        }
    }
  for (guint i = 0; i < pending->len; i++)
    {
      GError *error = NULL;

      if (!vmc_library_keep_as_flac (self, vmc_attempt_get_id (pending->pdata[i]), &error))
        {
          if (errors)
            g_ptr_array_add (errors, error);
          else
            g_clear_error (&error);
        }
    }

  /* recorded, never kept */
  if ((dir = g_dir_open (self->audio_dir, 0, NULL)))
    while ((name = g_dir_read_name (dir)))
      {
        g_autofree char *path = NULL, *rel = NULL;

        if (!g_str_has_suffix (name, ".wav"))
          continue;
        path = g_build_filename (self->audio_dir, name, NULL);
        rel = relative (self, path);
        if (!holds_audio (self, rel))
          g_ptr_array_add (unsaved, g_steal_pointer (&path));
      }
  g_ptr_array_sort (unsaved, by_age);
  return unsaved;
}

/* ---- reading ---- */

void
vmc_query_init (VmcQuery *query)
{
  *query = (VmcQuery) { NULL, NULL, NULL, 0, 100 };
}

/* "a_b%" searched for as itself: LIKE's wildcards escaped */
static char *
like_pattern (const char *text)
{
  GString *s = g_string_new ("%");

  for (const char *p = text; *p; p++)
    {
      if (*p == '%' || *p == '_' || *p == '\\')
        g_string_append_c (s, '\\');
      g_string_append_c (s, *p);
    }
  g_string_append_c (s, '%');
  return g_string_free (s, FALSE);
}

/**
 * vmc_library_find:
 * @query: (nullable): what to look for; all attempts when %NULL
 *
 * Returns: (transfer full) (element-type gint64): the ids of the attempts that match, newest
 *   first (the list model loads their rows as they are shown)
 */
GArray *
vmc_library_find (VmcLibrary      *self,
                  const VmcQuery  *query,
                  GError         **error)
{
  static const char sql[] =
    "SELECT id FROM attempts WHERE trashed = 0 AND score BETWEEN ?1 AND ?2 "
    "AND created >= ?3 AND created < ?4 "
    "AND (?5 IS NULL OR transcript LIKE ?5 ESCAPE '\\' OR recipient LIKE ?5 ESCAPE '\\' "
    "     OR note LIKE ?5 ESCAPE '\\') "
    "ORDER BY created DESC, id DESC";
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *pattern = NULL;
  VmcQuery all;
  sqlite3_stmt *stmt;
  int rc = SQLITE_ERROR;

  g_return_val_if_fail (VMC_IS_LIBRARY (self), NULL);

  if (query == NULL)
    {
      vmc_query_init (&all);
      query = &all;
    }
  if (query->search && *query->search)
    pattern = like_pattern (query->search);
  g_mutex_lock (&self->read.lock);
  if ((stmt = statement (&self->read, sql, error)))
    {
      sqlite3_bind_int (stmt, 1, query->min_score);
      sqlite3_bind_int (stmt, 2, query->max_score);
      sqlite3_bind_int64 (stmt, 3, query->from ? g_date_time_to_unix (query->from) : G_MININT64);
      sqlite3_bind_int64 (stmt, 4, query->until ? g_date_time_to_unix (query->until) : G_MAXINT64);
      if (pattern)
        sqlite3_bind_text (stmt, 5, pattern, -1, SQLITE_TRANSIENT);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          gint64 id = sqlite3_column_int64 (stmt, 0);

          g_array_append_val (ids, id);
        }
      sqlite3_reset (stmt);
      if (rc != SQLITE_DONE)
        set_sqlite_error (error, self->read.db, rc, "find");
    }
  g_mutex_unlock (&self->read.lock);
  if (rc != SQLITE_DONE)
    return NULL;
  return g_steal_pointer (&ids);
}

#define ROW_COLUMNS "id, created, duration, audio, recipient, note, " FIGURES_COLUMNS

static VmcAttempt *
attempt_from_row (VmcLibrary   *self,
                  sqlite3_stmt *stmt)
{
  VmcAttemptData d = { 0 };
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (sqlite3_column_int64 (stmt, 1));

  d.id = sqlite3_column_int64 (stmt, 0);
  d.created = g_date_time_to_local (utc);
  d.duration = sqlite3_column_double (stmt, 2);
  d.audio = absolute (self, (const char *)sqlite3_column_text (stmt, 3));
  d.recipient = g_strdup ((const char *)sqlite3_column_text (stmt, 4));
  d.note = g_strdup ((const char *)sqlite3_column_text (stmt, 5));
  d.score = sqlite3_column_int (stmt, 6);
  for (int t = 0; t < VMC_N_TIPS; t++)
    d.verdicts[t] = CLAMP (sqlite3_column_int (stmt, 7 + t), VMC_VERDICT_PASS, VMC_VERDICT_SKIP);
  d.number = g_strdup ((const char *)sqlite3_column_text (stmt, 17));
  d.transcript = g_strdup ((const char *)sqlite3_column_text (stmt, 18));
  d.words_per_minute = sqlite3_column_double (stmt, 19);
  d.digits_per_second = sqlite3_column_double (stmt, 20);
  d.pitch_range = sqlite3_column_double (stmt, 21);
  return vmc_attempt_new_from_data (&d);
}

/**
 * vmc_library_get_attempts:
 * @ids: (array length=n_ids): attempts to read
 *
 * Returns: (transfer full) (element-type VmcAttempt): those found, in @ids' order (a deleted
 *   one is left out)
 */
GPtrArray *
vmc_library_get_attempts (VmcLibrary    *self,
                          const gint64  *ids,
                          guint          n_ids,
                          GError       **error)
{
  static const char sql[] = "SELECT " ROW_COLUMNS " FROM attempts WHERE id = ?1";
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  gboolean ok = FALSE;

  g_return_val_if_fail (VMC_IS_LIBRARY (self), NULL);

  g_mutex_lock (&self->read.lock);
  /* one read transaction: the rows of one moment */
  if (exec (&self->read, "BEGIN", "read", error) && (stmt = statement (&self->read, sql, error)))
    {
      ok = TRUE;
      for (guint i = 0; ok && i < n_ids; i++)
        {
          int rc;

          sqlite3_reset (stmt);
          sqlite3_bind_int64 (stmt, 1, ids[i]);
          rc = sqlite3_step (stmt);
          if (rc == SQLITE_ROW)
            g_ptr_array_add (out, attempt_from_row (self, stmt));
          else if (rc != SQLITE_DONE)
            ok = set_sqlite_error (error, self->read.db, rc, "read");
        }
      sqlite3_reset (stmt);
      exec (&self->read, "COMMIT", "read", NULL);
    }
  g_mutex_unlock (&self->read.lock);
  return ok ? g_steal_pointer (&out) : NULL;
}

/* Returns: (transfer full): the attempt @id, or %NULL with %VMC_LIBRARY_ERROR_NOT_FOUND */
VmcAttempt *
vmc_library_get_attempt (VmcLibrary  *self,
                         gint64       id,
                         GError     **error)
{
  g_autoptr(GPtrArray) found = vmc_library_get_attempts (self, &id, 1, error);

  if (found == NULL)
    return NULL;
  if (found->len == 0)
    {
      g_set_error (error, VMC_LIBRARY_ERROR, VMC_LIBRARY_ERROR_NOT_FOUND,
                   _("There is no attempt %" G_GINT64_FORMAT " in the library."), id);
      return NULL;
    }
  return g_object_ref (found->pdata[0]);
}

/* The text of column 0 of "SELECT … WHERE id = ?1", or NULL (and @error) */
static char *
read_text (VmcLibrary  *self,
           const char  *sql,
           gint64       id,
           gboolean    *found,
           GError     **error)
{
  sqlite3_stmt *stmt;
  char *text = NULL;
  int rc = SQLITE_ERROR;

  *found = FALSE;
  g_mutex_lock (&self->read.lock);
  if ((stmt = statement (&self->read, sql, error)))
    {
      sqlite3_bind_int64 (stmt, 1, id);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          *found = TRUE;
          text = g_strdup ((const char *)sqlite3_column_text (stmt, 0));
        }
      sqlite3_reset (stmt);
      if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        set_sqlite_error (error, self->read.db, rc, "read");
    }
  g_mutex_unlock (&self->read.lock);
  if (rc == SQLITE_DONE)
    g_set_error (error, VMC_LIBRARY_ERROR, VMC_LIBRARY_ERROR_NOT_FOUND,
                 _("There is no attempt %" G_GINT64_FORMAT " in the library."), id);
  return text;
}

/**
 * vmc_library_load_analysis:
 *
 * Returns: (transfer full): the attempt's analysis as it was kept (its file is its recording)
 */
VmcAnalysis *
vmc_library_load_analysis (VmcLibrary  *self,
                           gint64       id,
                           GError     **error)
{
  g_autofree char *json = NULL;
  g_autoptr(VmcAnalysis) analysis = NULL;
  g_autoptr(VmcAttempt) attempt = NULL;
  gboolean found;

  g_return_val_if_fail (VMC_IS_LIBRARY (self), NULL);

  if (!(json = read_text (self, "SELECT analysis FROM analyses WHERE attempt = ?1", id, &found, error)) ||
      !(analysis = vmc_analysis_new_from_json (json, -1, error)) ||
      !(attempt = vmc_library_get_attempt (self, id, error)))
    return NULL;
  return vmc_analysis_with_file (analysis, vmc_attempt_get_audio (attempt));
}

/**
 * vmc_library_load_plan:
 *
 * Returns: (transfer full) (nullable): the plan the attempt was made with, %NULL (and no
 *   error) when there was none
 */
VmcPlan *
vmc_library_load_plan (VmcLibrary  *self,
                       gint64       id,
                       GError     **error)
{
  g_autofree char *json = NULL;
  gboolean found;

  g_return_val_if_fail (VMC_IS_LIBRARY (self), NULL);

  json = read_text (self, "SELECT plan FROM analyses WHERE attempt = ?1", id, &found, error);
  if (json == NULL)
    return NULL;
  return vmc_plan_load_data (json, -1, error);
}

/* Whether the database passes SQLite's integrity check */
gboolean
vmc_library_check (VmcLibrary  *self,
                   GError     **error)
{
  g_autofree char *result = NULL;
  sqlite3_stmt *stmt = NULL;

  g_return_val_if_fail (VMC_IS_LIBRARY (self), FALSE);

  g_mutex_lock (&self->read.lock);
  if (sqlite3_prepare_v2 (self->read.db, "PRAGMA integrity_check", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    result = g_strdup ((const char *)sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  g_mutex_unlock (&self->read.lock);
  if (g_strcmp0 (result, "ok") != 0)
    {
      g_set_error (error, VMC_LIBRARY_ERROR, VMC_LIBRARY_ERROR_CORRUPT,
                   _("The attempts library is damaged: %s"), result ? result : "no answer");
      return FALSE;
    }
  return TRUE;
}
