/* vmc-library-import.c: recordings brought into the library: the 0.2.0 folder at first start,
 * and files a trainer imports
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Version 0.2.0 kept each attempt as recordings/attempt-DATE-TIME.wav with its analysis
 * beside it (.json). Each is brought in once: its audio written into the library as FLAC
 * (checked sample by sample), its analysis read back (or, when the .json is missing or
 * unreadable, the recording analysed again), its date from its name. The originals are left
 * where they are: nothing is lost, and the record of what was brought in (the imported table,
 * written in the same transaction as the attempt) keeps it from being brought in twice.
 */
#define G_LOG_DOMAIN "vmc-library"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "vmc-audio-clip.h"
#include "vmc-flac.h"
#include "vmc-library-private.h"
#include "vmc-speech-service.h"

/* The attempt @source was brought in as: -1 when it never was, 0 when that attempt was deleted
 * since (or is waiting in the bin for its undo to expire) */
static gint64
imported_as (VmcLibrary *self,
             const char *source)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt;
  gint64 id = -1;

  if (!_vmc_library_begin (self, &error))
    return -1;
  if ((stmt = _vmc_library_statement (self, "SELECT a.id, a.trashed FROM imported i "
                                            "LEFT JOIN attempts a ON a.id = i.attempt "
                                            "WHERE i.source = ?1", &error)))
    {
      sqlite3_bind_text (stmt, 1, source, -1, SQLITE_TRANSIENT);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        id = sqlite3_column_type (stmt, 0) == SQLITE_NULL || sqlite3_column_int (stmt, 1) ? 0
                                                                                       : sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);
    }
  _vmc_library_end (self, TRUE, NULL);
  return id;
}

/**
 * vmc_library_find_import:
 * @source: a file that may have been brought in
 *
 * Returns: the attempt @source was brought in as, or 0 when it is not in the library (never
 *   brought in, or its attempt deleted since)
 */
gint64
vmc_library_find_import (VmcLibrary *self,
                         const char *source)
{
  g_autofree char *canonical = NULL;

  g_return_val_if_fail (VMC_IS_LIBRARY (self), 0);
  g_return_val_if_fail (source != NULL, 0);

  canonical = g_canonicalize_filename (source, NULL);
  return MAX (imported_as (self, canonical), 0);
}

/* "attempt-20261202-143005.wav": made then, local time; else when the file was last written */
static GDateTime *
made_when (const char *path)
{
  g_autofree char *name = g_path_get_basename (path);
  int y, mo, d, h, mi, s;
  GStatBuf buf;

  if (sscanf (name, "attempt-%4d%2d%2d-%2d%2d%2d", &y, &mo, &d, &h, &mi, &s) == 6)
    {
      GDateTime *when = g_date_time_new_local (y, mo, d, h, mi, s);

      if (when)
        return when;
    }
  if (g_stat (path, &buf) == 0)
    return g_date_time_new_from_unix_local (buf.st_mtime);
  return g_date_time_new_now_local ();
}

/* The analysis kept beside @wav (attempt-….json), or the recording analysed again */
static VmcAnalysis *
analysis_of (const char        *wav,
             VmcSpeechService  *service,
             GError           **error)
{
  g_autofree char *base = g_str_has_suffix (wav, ".wav") ? g_strndup (wav, strlen (wav) - 4) : g_strdup (wav);
  g_autofree char *json_path = g_strconcat (base, ".json", NULL);
  g_autofree char *json = NULL;
  g_autoptr(VmcAudioClip) clip = NULL;
  VmcAnalysis *analysis;

  if (g_file_get_contents (json_path, &json, NULL, NULL) &&
      (analysis = vmc_analysis_new_from_json (json, -1, NULL)))
    return analysis;
  if (service == NULL)
    {
      g_set_error (error, VMC_LIBRARY_ERROR, VMC_LIBRARY_ERROR_FAILED,
                   _("%s has no analysis that can be read, and none can be made here."), wav);
      return NULL;
    }
  g_debug ("%s: its analysis is missing or damaged: analysing it again", wav);
  if (!(clip = vmc_audio_clip_load (wav, NULL, error)))
    return NULL;
  return vmc_speech_service_analyze (service, clip, NULL, NULL, NULL, error);
}

/* Brings @source in; one brought in before and deleted since comes back only @if_deleted */
static gint64
import_file (VmcLibrary        *self,
             const char        *source,
             VmcAnalysis       *analysis,
             const VmcPlan     *plan,
             GDateTime         *created,
             VmcSpeechService  *service,
             gboolean           if_deleted,
             GError           **error)
{
  g_autoptr(VmcAnalysis) owned = NULL;
  g_autoptr(GDateTime) when = NULL;
  g_autofree char *wav_name = NULL, *flac = NULL, *base = NULL;
  g_autofree char *canonical = NULL;
  sqlite3_stmt *stmt;
  gint64 id, was;

  g_return_val_if_fail (VMC_IS_LIBRARY (self), 0);
  g_return_val_if_fail (source != NULL, 0);

  canonical = g_canonicalize_filename (source, NULL);
  was = imported_as (self, canonical);
  if (was > 0 || (was == 0 && !if_deleted))
    return 0;
  if (analysis == NULL && !(analysis = owned = analysis_of (canonical, service, error)))
    return 0;
  when = created ? g_date_time_ref (created) : made_when (canonical);
  /* the audio, as FLAC, under a name of the library's own */
  wav_name = vmc_library_new_recording_path (self);
  base = g_strndup (wav_name, strlen (wav_name) - 4);
  flac = g_strconcat (base, ".flac", NULL);
  if (!vmc_flac_from_wav (canonical, flac, error))
    return 0;
  {
    g_autoptr(VmcAnalysis) named = vmc_analysis_with_file (analysis, flac);

    if (!_vmc_library_begin (self, error))
      {
        g_unlink (flac);
        return 0;
      }
    id = _vmc_library_add_locked (self, named, flac, plan, when, error);
    if (id && (stmt = _vmc_library_statement (self, "INSERT OR REPLACE INTO imported (source, attempt) VALUES (?1, ?2)", error)))
      {
        sqlite3_bind_text (stmt, 1, canonical, -1, SQLITE_TRANSIENT);
        sqlite3_bind_int64 (stmt, 2, id);
        if (!_vmc_library_step_done (self, stmt, "import", error))
          id = 0;
      }
    else
      id = 0;
    if (!_vmc_library_end (self, id != 0, error))
      {
        g_unlink (flac);
        return 0;
      }
  }
  _vmc_library_changed (self, id);
  return id;
}

/**
 * vmc_library_import_file:
 * @source: a recording (any file the analysis reads)
 * @analysis: (nullable): its analysis; analysed with @service when %NULL
 * @plan: (nullable): the plan it was made with
 * @created: (nullable): when it was made; when the file says, or was written, if %NULL
 * @service: (nullable): to analyse it when there is no analysis
 *
 * Brings a recording into the library: its audio kept as FLAC in the library's folder (the
 * source is left as it is), its analysis and, in the same transaction, the record that
 * @source was brought in. A source in the library already is not brought in again
 * (vmc_library_find_import() says as which attempt); one whose attempt was deleted since is
 * brought in anew: the user asked for it.
 *
 * Returns: the attempt's id, 0 when @source is in the library already (no error), or 0 with
 *   @error set
 */
gint64
vmc_library_import_file (VmcLibrary        *self,
                         const char        *source,
                         VmcAnalysis       *analysis,
                         const VmcPlan     *plan,
                         GDateTime         *created,
                         VmcSpeechService  *service,
                         GError           **error)
{
  return import_file (self, source, analysis, plan, created, service, TRUE, error);
}

static gint
by_name (gconstpointer a,
         gconstpointer b)
{
  return g_strcmp0 (*(const char * const *)a, *(const char * const *)b);
}

/**
 * vmc_library_import_folder:
 * @folder: a 0.2.0 recordings folder (attempt-*.wav, with attempt-*.json beside)
 * @service: (nullable): to analyse the recordings whose analysis is missing or damaged
 * @errors: (element-type GError) (nullable): what could not be brought in, one per file
 *
 * Brings in the recordings of @folder not brought in before, oldest first. A folder that is
 * not there brings in nothing.
 *
 * Returns: how many were brought in now
 */
guint
vmc_library_import_folder (VmcLibrary        *self,
                           const char        *folder,
                           VmcSpeechService  *service,
                           GPtrArray         *errors)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) wavs = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  guint n = 0;

  g_return_val_if_fail (VMC_IS_LIBRARY (self), 0);
  g_return_val_if_fail (folder != NULL, 0);

  if (!(dir = g_dir_open (folder, 0, NULL)))
    return 0;
  while ((name = g_dir_read_name (dir)))
    if (g_str_has_prefix (name, "attempt-") && g_str_has_suffix (name, ".wav"))
      g_ptr_array_add (wavs, g_build_filename (folder, name, NULL));
  g_ptr_array_sort (wavs, by_name);
  for (guint i = 0; i < wavs->len; i++)
    {
      GError *error = NULL;

      /* an attempt of 0.2.0 deleted in the library stays deleted */
      if (import_file (self, wavs->pdata[i], NULL, NULL, NULL, service, FALSE, &error))
        n++;
      else if (error && errors)
        g_ptr_array_add (errors, error);
      else
        g_clear_error (&error);
    }
  return n;
}
