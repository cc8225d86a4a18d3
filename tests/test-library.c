/* test-library.c: the attempts library on a temporary folder
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Save, list, search, filter, delete and undo; FLAC kept; a migration from the first schema;
 * reads while a save runs; a process killed in the middle of saves; a database from a newer
 * version refused and left untouched; a folder that cannot be written.
 */
#include "config.h"

#include <math.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "vmc-attempt-list.h"
#include "vmc-audio-reader.h"
#include "vmc-library.h"
#include "vmc-test-util.h"
#include "vmc-wav-writer.h"

static char *writer_dir;   /* --writer DIR: the child that saves until it is killed */

static char *
make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("vmc-library-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

/* A recording of @seconds of a tone in the library's audio folder */
static char *
record (VmcLibrary *lib,
        double      seconds)
{
  g_autoptr(GError) error = NULL;
  char *path = vmc_library_new_recording_path (lib);
  VmcWavWriter *w = vmc_wav_writer_new (path, 16000, &error);
  gsize n = (gsize)(seconds * 16000);
  g_autofree gint16 *samples = g_new (gint16, n);

  g_assert_no_error (error);
  for (gsize i = 0; i < n; i++)
    samples[i] = (gint16)(8000 * sin (2 * G_PI * 220 * i / 16000.0));
  g_assert_true (vmc_wav_writer_write (w, samples, n, &error));
  g_assert_true (vmc_wav_writer_finish (w, &error));
  vmc_wav_writer_free (w);
  return path;
}

static VmcAnalysis *
analysis_of (const char *said)
{
  g_autoptr(GPtrArray) words = vmc_test_words (said, 0.3);

  return vmc_analysis_new (words, 12.0, NULL, NULL, NULL);
}

#define GOOD "hi tom this is ana ruiz from lumen labs my number is two one two five five five one two " \
  "three four could you give me a call back thanks again two one two five five five one two three four"
#define POOR "hey it's me call me"

static gint64
add (VmcLibrary  *lib,
     const char  *said,
     const char  *recipient,
     GDateTime   *when)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VmcAnalysis) a = analysis_of (said);
  g_autofree char *wav = record (lib, 1.0);
  g_autoptr(VmcPlan) plan = vmc_plan_new ();
  gint64 id;

  plan->recipient = g_strdup (recipient);
  plan->caller_name = g_strdup ("ana ruiz");
  id = vmc_library_add (lib, a, wav, plan, when, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static GArray *
find (VmcLibrary *lib,
      const char *search)
{
  g_autoptr(GError) error = NULL;
  VmcQuery q;
  GArray *ids;

  vmc_query_init (&q);
  q.search = search;
  ids = vmc_library_find (lib, &q, &error);
  g_assert_no_error (error);
  return ids;
}

static void
test_save_list_search (void)
{
  g_autofree char *dir = make_dir ();
  g_autoptr(GError) error = NULL;
  g_autoptr(VmcLibrary) lib = vmc_library_open (dir, &error);
  g_autoptr(GDateTime) day1 = g_date_time_new_utc (2026, 11, 2, 9, 0, 0);
  g_autoptr(GDateTime) day2 = g_date_time_new_utc (2026, 11, 5, 9, 0, 0);
  g_autoptr(GDateTime) day3 = g_date_time_new_utc (2026, 11, 9, 9, 0, 0);
  g_autoptr(GArray) all = NULL, tom = NULL, none = NULL, odd = NULL, noted = NULL;
  g_autoptr(VmcAttempt) first = NULL;
  g_autoptr(VmcAnalysis) back = NULL, original = analysis_of (GOOD);
  g_autoptr(VmcPlan) plan = NULL;
  g_autofree char *json_back = NULL, *json_original = NULL;
  gint64 a, b, c;
  VmcQuery q;

  g_assert_no_error (error);
  a = add (lib, GOOD, "tom", day1);
  b = add (lib, POOR, "priya", day3);
  c = add (lib, GOOD, "100% tom_x", day2);

  /* newest first */
  all = find (lib, NULL);
  g_assert_cmpuint (all->len, ==, 3);
  g_assert_cmpint (g_array_index (all, gint64, 0), ==, b);
  g_assert_cmpint (g_array_index (all, gint64, 1), ==, c);
  g_assert_cmpint (g_array_index (all, gint64, 2), ==, a);

  /* a row: its figures as columns */
  first = vmc_library_get_attempt (lib, a, &error);
  g_assert_no_error (error);
  g_assert_cmpint (vmc_attempt_get_score (first), ==, original->score);
  g_assert_cmpstr (vmc_attempt_get_recipient (first), ==, "tom");
  g_assert_cmpstr (vmc_attempt_get_number (first), ==, "2125551234");
  g_assert_cmpint (vmc_attempt_get_verdict (first, VMC_TIP_CLOSING_NUMBER), ==, VMC_VERDICT_PASS);
  g_assert_true (g_str_has_prefix (vmc_attempt_get_transcript (first), "hi tom this is ana"));
  g_assert_true (g_str_has_prefix (vmc_attempt_get_audio (first), dir));
  g_assert_true (g_file_test (vmc_attempt_get_audio (first), G_FILE_TEST_EXISTS));
  g_assert_cmpint (g_date_time_to_unix (vmc_attempt_get_created (first)), ==, g_date_time_to_unix (day1));

  /* the whole analysis back, and the plan */
  back = vmc_library_load_analysis (lib, a, &error);
  g_assert_no_error (error);
  json_back = vmc_analysis_to_json (back, FALSE);
  {
    g_autoptr(VmcAnalysis) named = vmc_analysis_with_file (original, vmc_attempt_get_audio (first));

    json_original = vmc_analysis_to_json (named, FALSE);
  }
  g_assert_cmpstr (json_back, ==, json_original);
  plan = vmc_library_load_plan (lib, a, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (plan->caller_name, ==, "ana ruiz");

  /* search: the transcript, the recipient, the note; wildcards are only text */
  tom = find (lib, "tom");
  g_assert_cmpuint (tom->len, ==, 2);
  none = find (lib, "zebra");
  g_assert_cmpuint (none->len, ==, 0);
  odd = find (lib, "100% tom_");
  g_assert_cmpuint (odd->len, ==, 1);
  g_assert_cmpint (g_array_index (odd, gint64, 0), ==, c);
  g_assert_true (vmc_library_set_note (lib, b, "work on the opening", &error));
  noted = find (lib, "OPENING");
  g_assert_cmpuint (noted->len, ==, 1);
  g_assert_cmpint (g_array_index (noted, gint64, 0), ==, b);
  g_assert_false (vmc_library_set_note (lib, 9999, "x", &error));
  g_assert_error (error, VMC_LIBRARY_ERROR, VMC_LIBRARY_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* filters: score, dates */
  vmc_query_init (&q);
  q.min_score = original->score;
  {
    g_autoptr(GArray) good = vmc_library_find (lib, &q, &error);

    g_assert_cmpuint (good->len, ==, 2);
  }
  vmc_query_init (&q);
  q.from = day2;
  q.until = day3;
  {
    g_autoptr(GArray) week = vmc_library_find (lib, &q, &error);

    g_assert_cmpuint (week->len, ==, 1);
    g_assert_cmpint (g_array_index (week, gint64, 0), ==, c);
  }
  g_assert_true (vmc_library_check (lib, &error));
  vmc_test_remove_dir (dir);
}

/* Deleted: gone from the lists at once, back with undo; purged, its recording goes too */
static void
test_delete_undo (void)
{
  g_autofree char *dir = make_dir ();
  g_autoptr(GError) error = NULL;
  g_autoptr(VmcLibrary) lib = vmc_library_open (dir, &error);
  g_autoptr(VmcAttempt) attempt = NULL;
  g_autofree char *audio = NULL;
  gint64 a = add (lib, GOOD, "tom", NULL), b = add (lib, POOR, "ann", NULL);

  attempt = vmc_library_get_attempt (lib, a, &error);
  audio = g_strdup (vmc_attempt_get_audio (attempt));
  g_assert_true (vmc_library_trash (lib, a, &error));
  {
    g_autoptr(GArray) left = find (lib, NULL);

    g_assert_cmpuint (left->len, ==, 1);
    g_assert_cmpint (g_array_index (left, gint64, 0), ==, b);
  }
  g_assert_true (g_file_test (audio, G_FILE_TEST_EXISTS));
  g_assert_true (vmc_library_restore (lib, a, &error));
  {
    g_autoptr(GArray) back = find (lib, NULL);

    g_assert_cmpuint (back->len, ==, 2);
  }
  g_assert_true (vmc_library_trash (lib, a, &error));
  g_assert_cmpuint (vmc_library_purge (lib, &error), ==, 1);
  g_assert_no_error (error);
  g_assert_false (g_file_test (audio, G_FILE_TEST_EXISTS));
  g_assert_null (vmc_library_get_attempt (lib, a, &error));
  g_assert_error (error, VMC_LIBRARY_ERROR, VMC_LIBRARY_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (vmc_library_restore (lib, a, &error));
  g_clear_error (&error);
  vmc_test_remove_dir (dir);
}

/* ---- the list model ---- */

typedef struct
{
  guint position, removed, added;
  guint n_changes;
} Changes;

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Changes    *c)
{
  c->position = position;
  c->removed = removed;
  c->added = added;
  c->n_changes++;
}

static void
on_done (VmcAttemptList *list,
         gboolean       *done)
{
  *done = TRUE;
}

/* Iterates the main loop until the list's latest query has given its result */
static void
wait_query (VmcAttemptList *list)
{
  gboolean done = FALSE;
  gulong id = g_signal_connect (list, "query-done", G_CALLBACK (on_done), &done);
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!done && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (list, id);
  g_assert_true (done);
}

static void
wait_loaded (VmcAttempt *attempt)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!vmc_attempt_is_loaded (attempt) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (vmc_attempt_is_loaded (attempt));
}

/* The list holds ids, gives placeholders filled in a worker, follows the library's changes
 * one item at a time, and a query of its own */
static void
test_list_model (void)
{
  g_autofree char *dir = make_dir ();
  g_autoptr(GError) error = NULL;
  g_autoptr(VmcLibrary) lib = vmc_library_open (dir, &error);
  g_autoptr(VmcAttemptList) list = NULL;
  g_autoptr(GDateTime) day1 = g_date_time_new_utc (2026, 3, 1, 10, 0, 0);
  g_autoptr(GDateTime) day2 = g_date_time_new_utc (2026, 3, 2, 10, 0, 0);
  g_autoptr(VmcAttempt) first = NULL, again = NULL;
  Changes c = { 0 };
  gint64 a, b, n;
  VmcQuery q;

  a = add (lib, GOOD, "tom", day1);
  b = add (lib, POOR, "ann", day2);
  list = vmc_attempt_list_new (lib);
  g_assert_cmpstr (g_type_name (g_list_model_get_item_type (G_LIST_MODEL (list))), ==, "VmcAttempt");
  g_assert_false (vmc_attempt_list_get_ready (list));
  wait_query (list);
  g_assert_true (vmc_attempt_list_get_ready (list));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);
  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed), &c);

  /* newest first; a placeholder at once, its figures soon */
  first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_cmpint (vmc_attempt_get_id (first), ==, b);
  wait_loaded (first);
  g_assert_cmpstr (vmc_attempt_get_recipient (first), ==, "ann");
  again = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_true (again == first);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), 2));
  g_assert_cmpuint (vmc_attempt_list_find (list, a), ==, 1);
  g_assert_cmpuint (vmc_attempt_list_find (list, 999), ==, G_MAXUINT);

  /* an attempt added: one item inserted at the top (the library says so in this thread) */
  n = add (lib, GOOD, "zoe", NULL);
  wait_query (list);
  g_assert_cmpuint (c.n_changes, ==, 1);
  g_assert_cmpuint (c.position, ==, 0);
  g_assert_cmpuint (c.removed, ==, 0);
  g_assert_cmpuint (c.added, ==, 1);
  g_assert_cmpint (vmc_attempt_list_find (list, n), ==, 0);

  /* a note: the row read again in place, no item changes */
  g_assert_true (vmc_library_set_note (lib, b, "call on monday", &error));
  wait_query (list);
  g_assert_cmpuint (c.n_changes, ==, 1);
  {
    gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

    while (g_strcmp0 (vmc_attempt_get_note (first), "call on monday") != 0 && g_get_monotonic_time () < end)
      g_main_context_iteration (NULL, TRUE);
    g_assert_cmpstr (vmc_attempt_get_note (first), ==, "call on monday");
  }

  /* deleted: one item removed where it was; back with undo */
  g_assert_true (vmc_library_trash (lib, b, &error));
  wait_query (list);
  g_assert_cmpuint (c.n_changes, ==, 2);
  g_assert_cmpuint (c.position, ==, 1);
  g_assert_cmpuint (c.removed, ==, 1);
  g_assert_cmpuint (c.added, ==, 0);
  g_assert_true (vmc_library_restore (lib, b, &error));
  wait_query (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 3);

  /* a query: searched words, then a score range */
  vmc_query_init (&q);
  q.search = "monday";
  vmc_attempt_list_set_query (list, &q);
  wait_query (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  g_assert_cmpint (vmc_attempt_list_find (list, b), ==, 0);
  vmc_query_init (&q);
  q.min_score = 80;
  vmc_attempt_list_set_query (list, &q);
  wait_query (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);
  g_assert_cmpuint (vmc_attempt_list_find (list, b), ==, G_MAXUINT);

  /* queries one after another, faster than they run: the last one counts */
  for (int i = 0; i < 20; i++)
    {
      vmc_query_init (&q);
      q.search = i % 2 ? "zzz" : "tom";
      vmc_attempt_list_set_query (list, &q);
    }
  vmc_query_init (&q);
  q.search = "ann";
  vmc_attempt_list_set_query (list, &q);
  {
    gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

    while (g_get_monotonic_time () < end &&
           (g_list_model_get_n_items (G_LIST_MODEL (list)) != 1 || vmc_attempt_list_find (list, b) != 0))
      g_main_context_iteration (NULL, TRUE);
  }
  g_assert_cmpint (vmc_attempt_list_find (list, b), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);

  g_clear_object (&list);
  vmc_test_remove_dir (dir);
}

/* 5,000 attempts: the list holds their ids at once and reads only the rows asked for */
static void
test_list_many (void)
{
  g_autofree char *dir = make_dir ();
  g_autoptr(GError) error = NULL;
  g_autoptr(VmcLibrary) lib = vmc_library_open (dir, &error);
  g_autoptr(VmcAttemptList) list = NULL;
  g_autoptr(VmcAnalysis) a = analysis_of (GOOD);
  g_autoptr(VmcAttempt) last = NULL, middle = NULL;
  g_autofree char *wav = record (lib, 0.5);
  g_autoptr(GDateTime) start = g_date_time_new_utc (2025, 1, 1, 9, 0, 0);

  for (int i = 0; i < 5000; i++)
    {
      g_autoptr(GDateTime) when = g_date_time_add_hours (start, i);

      g_assert_cmpint (vmc_library_add (lib, a, wav, NULL, when, &error), >, 0);
    }
  list = vmc_attempt_list_new (lib);
  wait_query (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 5000);
  last = g_list_model_get_item (G_LIST_MODEL (list), 4999);
  middle = g_list_model_get_item (G_LIST_MODEL (list), 2500);
  wait_loaded (last);
  wait_loaded (middle);
  g_assert_cmpint (g_date_time_get_year (vmc_attempt_get_created (last)), ==, 2025);
  g_clear_object (&list);
  vmc_test_remove_dir (dir);
}

/* "changed" comes in the library's main context, also for a change made in another thread */
static gpointer
set_note_thread (gpointer data)
{
  VmcLibrary *lib = data;

  g_assert_true (vmc_library_set_note (lib, 1, "from a worker", NULL));
  return NULL;
}

static void
on_changed (VmcLibrary *lib,
            gint64      id,
            gint64     *got)
{
  g_assert_true (g_main_context_is_owner (g_main_context_default ()));
  *got = id;
}

static void
test_changed_signal (void)
{
  g_autofree char *dir = make_dir ();
  g_autoptr(GError) error = NULL;
  g_autoptr(VmcLibrary) lib = vmc_library_open (dir, &error);
  gint64 got = -1, id = add (lib, GOOD, "tom", NULL);
  GThread *thread;

  g_assert_cmpint (id, ==, 1);
  /* the add's own signal first */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_signal_connect (lib, "changed", G_CALLBACK (on_changed), &got);
  thread = g_thread_new ("note", set_note_thread, lib);
  g_thread_join (thread);
  g_assert_cmpint (got, ==, -1);   /* not in the worker */
  while (got == -1)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (got, ==, 1);
  vmc_test_remove_dir (dir);
}

/* After a crash: a recording cut off is repaired and offered, one finished but never kept is
 * offered, an attempt kept while still WAV gets its FLAC, and a kept one is not offered */
static void
test_recover (void)
{
  g_autofree char *dir = make_dir ();
  g_autoptr(GError) error = NULL;
  g_autoptr(VmcLibrary) lib = vmc_library_open (dir, &error);
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func ((GDestroyNotify)g_error_free);
  g_autoptr(GPtrArray) unsaved = NULL;
  g_autoptr(VmcAttempt) pending = NULL;
  g_autofree char *never_kept = record (lib, 1.0);
  g_autofree char *part = NULL, *cut = NULL;
  gint64 kept_wav = add (lib, GOOD, "tom", NULL);   /* kept, still WAV */
  gint64 kept_flac = add (lib, POOR, "ann", NULL);

  g_assert_true (vmc_library_keep_as_flac (lib, kept_flac, &error));
  /* a recording cut off: its samples there, its header never written */
  cut = vmc_library_new_recording_path (lib);
  part = g_strconcat (cut, VMC_WAV_PART_SUFFIX, NULL);
  {
    VmcWavWriter *w = vmc_wav_writer_new (cut, 16000, &error);
    g_autofree gint16 *samples = g_new0 (gint16, 16000);

    g_assert_no_error (error);
    for (int i = 0; i < 16000; i++)
      samples[i] = (gint16)(5000 * sin (i * 0.1));
    g_assert_true (vmc_wav_writer_write (w, samples, 16000, &error));
    vmc_wav_writer_free (w);   /* never finished: left as its .part, as after a crash */
  }
  g_assert_true (g_file_test (part, G_FILE_TEST_EXISTS));

  unsaved = vmc_library_recover (lib, errors);
  g_assert_cmpuint (errors->len, ==, 0);
  g_assert_cmpuint (unsaved->len, ==, 2);
  g_assert_true (g_strcmp0 (unsaved->pdata[0], never_kept) == 0 || g_strcmp0 (unsaved->pdata[1], never_kept) == 0);
  g_assert_true (g_strcmp0 (unsaved->pdata[0], cut) == 0 || g_strcmp0 (unsaved->pdata[1], cut) == 0);
  g_assert_true (g_file_test (cut, G_FILE_TEST_EXISTS));
  pending = vmc_library_get_attempt (lib, kept_wav, &error);
  g_assert_true (g_str_has_suffix (vmc_attempt_get_audio (pending), ".flac"));
  /* once they are kept, nothing is offered again */
  {
    g_autoptr(GPtrArray) again = NULL;

    for (guint i = 0; i < unsaved->len; i++)
      {
        g_autoptr(VmcAnalysis) a = analysis_of (GOOD);

        g_assert_cmpint (vmc_library_add (lib, a, unsaved->pdata[i], NULL, NULL, &error), >, 0);
      }
    again = vmc_library_recover (lib, errors);
    g_assert_cmpuint (again->len, ==, 0);
  }
  vmc_test_remove_dir (dir);
}

/* Kept as FLAC: the same samples, about half the size, the WAV gone once recorded */
static void
test_flac (void)
{
  g_autofree char *dir = make_dir ();
  g_autoptr(GError) error = NULL;
  g_autoptr(VmcLibrary) lib = vmc_library_open (dir, &error);
  g_autoptr(VmcAttempt) before = NULL, after = NULL;
  g_autofree gint16 *wav_samples = NULL, *flac_samples = NULL;
  g_autofree char *wav = NULL;
  gsize n_wav = 0, n_flac = 0;
  gint64 id = add (lib, GOOD, "tom", NULL);

  before = vmc_library_get_attempt (lib, id, &error);
  wav = g_strdup (vmc_attempt_get_audio (before));
  wav_samples = vmc_audio_read_all (wav, &n_wav, &error);
  g_assert_true (vmc_library_keep_as_flac (lib, id, &error));
  g_assert_no_error (error);
  after = vmc_library_get_attempt (lib, id, &error);
  g_assert_true (g_str_has_suffix (vmc_attempt_get_audio (after), ".flac"));
  g_assert_false (g_file_test (wav, G_FILE_TEST_EXISTS));
  flac_samples = vmc_audio_read_all (vmc_attempt_get_audio (after), &n_flac, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_flac, ==, n_wav);
  g_assert_cmpmem (flac_samples, n_flac * 2, wav_samples, n_wav * 2);
  /* again: already FLAC, nothing to do */
  g_assert_true (vmc_library_keep_as_flac (lib, id, &error));
  vmc_test_remove_dir (dir);
}

static int
sql_int (const char *path,
         const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int value = -1;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

/* A library of the first schema is brought up to date, its attempts whole */
static void
test_migration (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "library.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(VmcAnalysis) original = analysis_of (GOOD);
  g_autofree char *json = vmc_analysis_to_json (original, FALSE);
  g_autoptr(VmcAttempt) migrated = NULL;
  g_autoptr(VmcAnalysis) back = NULL;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  {
    g_autoptr(VmcLibrary) old = vmc_library_open_at_version (dir, 1, &error);

    g_assert_no_error (error);
  }
  g_assert_cmpint (sql_int (path, "PRAGMA user_version"), ==, 1);
  /* a row as the first schema wrote it */
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "INSERT INTO attempts (created, duration, audio, score, "
                                       "verdicts, recipient, number, analysis) VALUES (?, ?, ?, ?, "
                                       "'PPPFPPPWPP', 'tom', '2125551234', ?)", -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, 1790000000);
  sqlite3_bind_double (stmt, 2, 12.0);
  sqlite3_bind_text (stmt, 3, "audio/old.wav", -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 4, original->score);
  sqlite3_bind_text (stmt, 5, json, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  {
    g_autoptr(VmcLibrary) lib = vmc_library_open (dir, &error);
    g_autoptr(GArray) ids = NULL;

    g_assert_no_error (error);
    g_assert_cmpint (sql_int (path, "PRAGMA user_version"), ==, VMC_LIBRARY_SCHEMA_VERSION);
    ids = find (lib, "ana ruiz");   /* the words, out of the analysis kept */
    g_assert_cmpuint (ids->len, ==, 1);
    migrated = vmc_library_get_attempt (lib, g_array_index (ids, gint64, 0), &error);
    g_assert_cmpint (vmc_attempt_get_verdict (migrated, VMC_TIP_ENGAGED), ==, VMC_VERDICT_FAIL);
    g_assert_cmpint (vmc_attempt_get_verdict (migrated, VMC_TIP_RAPPORT), ==, VMC_VERDICT_WARN);
    g_assert_cmpint (vmc_attempt_get_verdict (migrated, VMC_TIP_NAME), ==, VMC_VERDICT_PASS);
    g_assert_cmpstr (vmc_attempt_get_note (migrated), ==, "");
    g_assert_cmpfloat_with_epsilon (vmc_attempt_get_words_per_minute (migrated),
                                    original->metrics.words_per_minute, 0.01);
    g_assert_true (g_str_has_suffix (vmc_attempt_get_audio (migrated), "audio/old.wav"));
    back = vmc_library_load_analysis (lib, vmc_attempt_get_id (migrated), &error);
    g_assert_no_error (error);
    g_assert_cmpint (back->score, ==, original->score);
    /* and it is a library like any other */
    add (lib, POOR, "ann", NULL);
    g_assert_true (vmc_library_check (lib, &error));
  }
  vmc_test_remove_dir (dir);
}

/* A library of the second schema (the analysis in the attempt's row) is brought up to date:
 * the analyses and plans move to their own table, nothing lost */
static void
test_migration_2 (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "library.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(VmcAnalysis) original = analysis_of (GOOD);
  g_autofree char *json = vmc_analysis_to_json (original, FALSE);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  {
    g_autoptr(VmcLibrary) old = vmc_library_open_at_version (dir, 2, &error);

    g_assert_no_error (error);
  }
  g_assert_cmpint (sql_int (path, "PRAGMA user_version"), ==, 2);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "INSERT INTO attempts (created, duration, audio, score, recipient, "
                                       "number, analysis, plan, note, transcript, tip_engaged) VALUES (?, 12.0, "
                                       "'audio/two.flac', ?, 'Tom', '2125551234', ?, "
                                       "'{\"caller_name\": \"Ana Ruiz\", \"recipient\": \"Tom\"}', 'kept', "
                                       "'hi tom this is ana ruiz', 2)", -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, 1790000000);
  sqlite3_bind_int (stmt, 2, original->score);
  sqlite3_bind_text (stmt, 3, json, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  {
    g_autoptr(VmcLibrary) lib = vmc_library_open (dir, &error);
    g_autoptr(GArray) ids = NULL;
    g_autoptr(VmcAttempt) migrated = NULL;
    g_autoptr(VmcAnalysis) back = NULL;
    g_autoptr(VmcPlan) plan = NULL;
    gint64 id;

    g_assert_no_error (error);
    g_assert_cmpint (sql_int (path, "PRAGMA user_version"), ==, VMC_LIBRARY_SCHEMA_VERSION);
    g_assert_cmpint (sql_int (path, "SELECT count(*) FROM pragma_table_info('attempts') "
                                    "WHERE name IN ('analysis', 'plan')"), ==, 0);
    ids = find (lib, "ana ruiz");
    g_assert_cmpuint (ids->len, ==, 1);
    id = g_array_index (ids, gint64, 0);
    migrated = vmc_library_get_attempt (lib, id, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (vmc_attempt_get_note (migrated), ==, "kept");
    g_assert_cmpint (vmc_attempt_get_verdict (migrated, VMC_TIP_ENGAGED), ==, VMC_VERDICT_FAIL);
    back = vmc_library_load_analysis (lib, id, &error);
    g_assert_no_error (error);
    g_assert_cmpint (back->score, ==, original->score);
    g_assert_cmpuint (back->words->len, ==, original->words->len);
    plan = vmc_library_load_plan (lib, id, &error);
    g_assert_no_error (error);
    g_assert_nonnull (plan);
    g_assert_cmpstr (vmc_plan_get_written (plan, "recipient"), ==, "Tom");
    /* analysed again: both tables change together */
    g_assert_true (vmc_library_replace_analysis (lib, id, original, &error));
    g_assert_no_error (error);
    add (lib, POOR, "ann", NULL);
    g_assert_true (vmc_library_check (lib, &error));
    /* deleted for good: its analysis goes with it */
    g_assert_true (vmc_library_trash (lib, id, &error));
    g_assert_cmpuint (vmc_library_purge (lib, &error), ==, 1);
    g_assert_no_error (error);
  }
  g_assert_cmpint (sql_int (path, "SELECT count(*) FROM analyses"), ==, 1);
  vmc_test_remove_dir (dir);
}

/* A database a later version wrote is refused, with what to do, and left byte for byte */
static void
test_newer (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "library.db", NULL);
  g_autofree char *before = NULL, *after = NULL;
  g_autoptr(GError) error = NULL;
  gsize n_before = 0, n_after = 0;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE future (x); PRAGMA user_version = 9;", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  g_assert_true (g_file_get_contents (path, &before, &n_before, NULL));
  g_assert_null (vmc_library_open (dir, &error));
  g_assert_error (error, VMC_LIBRARY_ERROR, VMC_LIBRARY_ERROR_NEWER);
  g_assert_nonnull (strstr (error->message, "Update Voicemail Coach"));
  g_assert_true (g_file_get_contents (path, &after, &n_after, NULL));
  g_assert_cmpmem (after, n_after, before, n_before);
  g_assert_false (g_file_test (g_build_filename (dir, "library.db-wal", NULL), G_FILE_TEST_EXISTS));
  vmc_test_remove_dir (dir);
}

/* Not a database at all: a clear message, and nothing written over it */
static void
test_not_a_database (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "library.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;

  g_assert_true (g_file_set_contents (path, "these are someone's notes, not a database\n", -1, NULL));
  g_assert_null (vmc_library_open (dir, &error));
  g_assert_error (error, VMC_LIBRARY_ERROR, VMC_LIBRARY_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "Move it aside"));
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, "these are someone's notes, not a database\n");
  vmc_test_remove_dir (dir);
}

/* A folder that cannot be written (as another user than root, who may write anywhere) */
static void
test_read_only (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *inside = g_build_filename (dir, "library", NULL);

  if (g_test_subprocess ())
    {
      g_autoptr(GError) error = NULL;

      if (geteuid () == 0)
        g_assert_cmpint (setgid (65534) == 0 && setuid (65534) == 0, ==, TRUE);
      g_assert_null (vmc_library_open (g_getenv ("VMC_TEST_LIBRARY_DIR"), &error));
      g_assert_error (error, VMC_LIBRARY_ERROR, VMC_LIBRARY_ERROR_READ_ONLY);
      g_assert_nonnull (strstr (error->message, "not read-only"));
      return;
    }
  /* the folder is there, readable, not writable by the user who runs the child */
  g_assert_cmpint (g_mkdir (inside, 0755), ==, 0);
  g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
  g_assert_cmpint (g_chmod (inside, 0555), ==, 0);
  g_setenv ("VMC_TEST_LIBRARY_DIR", inside, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_chmod (inside, 0755);
  vmc_test_remove_dir (dir);
}

typedef struct
{
  VmcLibrary *lib;
  guint saves;
  gboolean done;
} Saver;

static gpointer
save_many (gpointer data)
{
  Saver *s = data;

  for (guint i = 0; i < s->saves; i++)
    add (s->lib, i % 2 ? GOOD : POOR, "tom", NULL);
  g_atomic_int_set (&s->done, TRUE);
  return NULL;
}

static void
speak (const char *path,
       const char *text)
{
  g_autofree char *raw = g_strconcat (path, ".flite.wav", NULL);
  const char *flite[] = { "flite", "-voice", "kal16", "-t", text, "-o", raw, NULL };
  const char *sox[] = { "sox", raw, "-r", "16000", "-c", "1", "-b", "16", path, "pad", "0.3", "0.3", NULL };
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **)flite, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, NULL));
  g_assert_true (g_spawn_sync (NULL, (char **)sox, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, NULL));
  g_unlink (raw);
}

/* The 0.2.0 folder (attempt-*.wav with their .json) brought in: each once, its date from its
 * name, its analysis read back, or made again when its .json is missing or damaged; the
 * originals left as they were */
static void
test_import_folder (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *old = g_build_filename (dir, "recordings", NULL);
  g_autofree char *lib_dir = g_build_filename (dir, "library", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(VmcLibrary) lib = NULL;
  g_autoptr(VmcSpeechService) service = vmc_speech_service_new (NULL);
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func ((GDestroyNotify)g_error_free);
  g_autoptr(GArray) ids = NULL;
  const char *names[] = { "attempt-20261120-091500", "attempt-20261121-101500", "attempt-20261122-111500" };
  g_autoptr(VmcAnalysis) kept = analysis_of (GOOD);
  g_autofree char *kept_json = vmc_analysis_to_json (kept, TRUE);
  g_autofree char *before = NULL;

  g_assert_cmpint (g_mkdir (old, 0755), ==, 0);
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *wav = g_strdup_printf ("%s/%s.wav", old, names[i]);

      speak (wav, "hi this is dana call me at five five five two one two three four five six");
    }
  {
    g_autofree char *j0 = g_strdup_printf ("%s/%s.json", old, names[0]);
    g_autofree char *j1 = g_strdup_printf ("%s/%s.json", old, names[1]);

    g_assert_true (g_file_set_contents (j0, kept_json, -1, NULL));      /* read back */
    g_assert_true (g_file_set_contents (j1, "{\"words\": [", -1, NULL)); /* damaged */
    /* the third has none */
    g_assert_true (g_file_get_contents (j1, &before, NULL, NULL));
  }
  lib = vmc_library_open (lib_dir, &error);
  g_assert_no_error (error);

  /* without the speech model, the two without an analysis cannot be brought in (yet) */
  g_assert_cmpuint (vmc_library_import_folder (lib, old, NULL, errors), ==, 1);
  g_assert_cmpuint (errors->len, ==, 2);
  g_assert_cmpuint (vmc_library_import_folder (lib, old, service, NULL), ==, 2);
  g_assert_cmpuint (vmc_library_import_folder (lib, old, service, NULL), ==, 0);   /* once */
  ids = find (lib, NULL);
  g_assert_cmpuint (ids->len, ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(VmcAttempt) a = vmc_library_get_attempt (lib, g_array_index (ids, gint64, i), &error);
      g_autoptr(GDateTime) when = g_date_time_new_local (2026, 11, 22 - i, 11 - i, 15, 0);
      g_autofree char *wav = g_strdup_printf ("%s/%s.wav", old, names[2 - i]);

      g_assert_no_error (error);
      g_assert_cmpint (g_date_time_to_unix (vmc_attempt_get_created (a)), ==, g_date_time_to_unix (when));
      g_assert_true (g_str_has_suffix (vmc_attempt_get_audio (a), ".flac"));
      g_assert_true (g_file_test (vmc_attempt_get_audio (a), G_FILE_TEST_EXISTS));
      g_assert_true (g_file_test (wav, G_FILE_TEST_EXISTS));   /* the original stays */
      if (i == 2)   /* the one whose analysis was kept */
        g_assert_cmpint (vmc_attempt_get_score (a), ==, kept->score);
      else          /* analysed again: the number heard */
        g_assert_cmpstr (vmc_attempt_get_number (a), ==, "5552123456");
    }
  {
    g_autofree char *j1 = g_strdup_printf ("%s/%s.json", old, names[1]);
    g_autofree char *after = NULL;

    g_assert_true (g_file_get_contents (j1, &after, NULL, NULL));
    g_assert_cmpstr (after, ==, before);
  }

  /* deleted in the library: the folder does not bring it back at the next start, but the
   * user who imports the file again asks for it */
  {
    gint64 newest = g_array_index (ids, gint64, 0), again;
    g_autofree char *wav = g_strdup_printf ("%s/%s.wav", old, names[2]);
    g_autoptr(VmcAnalysis) analysis = analysis_of (GOOD);

    g_assert_cmpint (vmc_library_find_import (lib, wav), ==, newest);
    g_assert_cmpint (vmc_library_import_file (lib, wav, analysis, NULL, NULL, NULL, &error), ==, 0);
    g_assert_no_error (error);
    g_assert_cmpint (vmc_library_find_import (lib, wav), ==, newest);
    g_assert_true (vmc_library_trash (lib, newest, &error));
    g_assert_cmpint (vmc_library_find_import (lib, wav), ==, 0);   /* in the bin: not in the library */
    g_assert_cmpuint (vmc_library_purge (lib, &error), ==, 1);
    g_assert_cmpuint (vmc_library_import_folder (lib, old, service, NULL), ==, 0);
    g_assert_cmpint (vmc_library_find_import (lib, wav), ==, 0);
    again = vmc_library_import_file (lib, wav, analysis, NULL, NULL, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpint (again, >, newest);
    g_assert_cmpint (vmc_library_find_import (lib, wav), ==, again);
  }
  vmc_test_remove_dir (dir);
}

/* Reads while a save runs: each read sees whole attempts, and their number only grows */
static void
test_reads_while_saving (void)
{
  g_autofree char *dir = make_dir ();
  g_autoptr(GError) error = NULL;
  g_autoptr(VmcLibrary) lib = vmc_library_open (dir, &error);
  Saver s = { lib, 120, FALSE };
  GThread *thread = g_thread_new ("saver", save_many, &s);
  guint last = 0, reads = 0;

  while (!g_atomic_int_get (&s.done))
    {
      g_autoptr(GArray) ids = find (lib, NULL);
      g_autoptr(GPtrArray) rows = vmc_library_get_attempts (lib, (gint64 *)(void *)ids->data, ids->len, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (ids->len, >=, last);
      g_assert_cmpuint (rows->len, ==, ids->len);
      for (guint i = 0; i < rows->len; i++)
        g_assert_true (vmc_attempt_get_score (rows->pdata[i]) > 0 || vmc_attempt_get_transcript (rows->pdata[i])[0]);
      last = ids->len;
      reads++;
    }
  g_thread_join (thread);
  g_test_message ("%u reads while 120 attempts were saved", reads);
  g_assert_cmpuint (reads, >, 3);
  vmc_test_remove_dir (dir);
}

/* The child of test_killed: saves until it is killed */
static int
run_writer (const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VmcLibrary) lib = vmc_library_open (dir, &error);

  g_assert_no_error (error);
  for (;;)
    add (lib, GOOD, "tom", NULL);
  return 0;
}

/* A process killed in the middle of saving: the database is whole, and every attempt in it
 * is whole (its analysis reads back) */
static void
test_killed (void)
{
  g_autofree char *dir = make_dir ();
  g_autoptr(GError) error = NULL;
  const char *self_exe = g_test_get_filename (G_TEST_BUILT, "test-library", NULL);
  guint total = 0;

  for (guint round = 0; round < 5; round++)
    {
      const char *argv[] = { self_exe, "--writer", dir, NULL };
      GPid pid;
      int status;

      g_assert_true (g_spawn_async (NULL, (char **)argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid, &error));
      g_usleep ((300 + 170 * round) * 1000);
      kill (pid, SIGKILL);
      waitpid (pid, &status, 0);
      g_spawn_close_pid (pid);
      {
        g_autoptr(VmcLibrary) lib = vmc_library_open (dir, &error);
        g_autoptr(GArray) ids = NULL;

        g_assert_no_error (error);
        g_assert_true (vmc_library_check (lib, &error));
        ids = find (lib, NULL);
        for (guint i = 0; i < ids->len; i++)
          {
            g_autoptr(VmcAnalysis) a = vmc_library_load_analysis (lib, g_array_index (ids, gint64, i), &error);

            g_assert_no_error (error);
            g_assert_cmpuint (a->words->len, >, 0);
          }
        g_assert_cmpuint (ids->len, >=, total);
        total = ids->len;
      }
    }
  g_test_message ("%u attempts saved across five kills", total);
  g_assert_cmpuint (total, >, 0);
  vmc_test_remove_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  if (argc == 3 && strcmp (argv[1], "--writer") == 0)
    {
      writer_dir = argv[2];
      return run_writer (writer_dir);
    }
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/library/save-list-search", test_save_list_search);
  g_test_add_func ("/library/delete-undo", test_delete_undo);
  g_test_add_func ("/library/flac", test_flac);
  g_test_add_func ("/library/migration", test_migration);
  g_test_add_func ("/library/migration-2", test_migration_2);
  g_test_add_func ("/library/newer", test_newer);
  g_test_add_func ("/library/not-a-database", test_not_a_database);
  g_test_add_func ("/library/read-only", test_read_only);
  g_test_add_func ("/library/reads-while-saving", test_reads_while_saving);
  g_test_add_func ("/library/killed", test_killed);
  g_test_add_func ("/library/import-folder", test_import_folder);
  g_test_add_func ("/library/list-model", test_list_model);
  g_test_add_func ("/library/list-many", test_list_many);
  g_test_add_func ("/library/changed-signal", test_changed_signal);
  g_test_add_func ("/library/recover", test_recover);
  return g_test_run ();
}
