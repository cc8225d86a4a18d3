/* vmc-store.c: where recordings are made and kept before the library takes them
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Recordings are made in the library's audio folder (~/.local/share/voicemail-coach/audio):
 * attempt-DATE-TIME.wav, written as attempt-….wav.part while it is made (see
 * vmc-wav-writer.c); one a crash left behind is repaired by vmc_store_recover(). The library
 * (vmc-library.c) keeps each finished attempt. Version 0.2.0 kept its attempts in
 * recordings/ (attempt-….wav with its analysis beside it, .json): the library brings those
 * in at first start.
 */
#define G_LOG_DOMAIN "vmc-store"

#include "config.h"

#include <string.h>

#include "vmc-store.h"
#include "vmc-wav-writer.h"

/* Returns: (transfer full): the folder recordings are made in (the library's audio) */
char *
vmc_store_default_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "voicemail-coach", "audio", NULL);
}

/* Returns: (transfer full): the folder of attempts of version 0.2.0 */
char *
vmc_store_legacy_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "voicemail-coach", "recordings", NULL);
}

/**
 * vmc_store_new_recording_path:
 * @dir: the folder of attempts
 *
 * Returns: (transfer full): a name for an attempt recorded now, used by no other
 */
char *
vmc_store_new_recording_path (const char *dir)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");

  for (guint i = 1;; i++)
    {
      g_autofree char *name = i == 1 ? g_strdup_printf ("attempt-%s.wav", stamp)
                                     : g_strdup_printf ("attempt-%s-%u.wav", stamp, i);
      char *path = g_build_filename (dir, name, NULL);
      g_autofree char *part = g_strconcat (path, VMC_WAV_PART_SUFFIX, NULL);

      if (!g_file_test (path, G_FILE_TEST_EXISTS) && !g_file_test (part, G_FILE_TEST_EXISTS))
        return path;
      g_free (path);
    }
}

/**
 * vmc_store_save_analysis:
 * @recording: the attempt's recording; the analysis goes beside it, as .json
 */
gboolean
vmc_store_save_analysis (const VmcAnalysis  *analysis,
                         const char         *recording,
                         GError            **error)
{
  g_autofree char *json = vmc_analysis_to_json (analysis, TRUE);
  g_autofree char *base = g_str_has_suffix (recording, ".wav")
                          ? g_strndup (recording, strlen (recording) - 4) : g_strdup (recording);
  g_autofree char *path = g_strconcat (base, ".json", NULL);

  return g_file_set_contents (path, json, -1, error);
}

/**
 * vmc_store_recover:
 * @dir: the folder of attempts
 * @errors: (element-type GError) (nullable): gets what could not be repaired
 *
 * Repairs the recordings a crash or a kill cut off (not one another instance is making).
 *
 * Returns: (transfer full) (element-type filename): the recordings made whole again
 */
GPtrArray *
vmc_store_recover (const char *dir,
                   GPtrArray  *errors)
{
  g_autoptr(GPtrArray) parts = vmc_wav_find_unfinished (dir);
  GPtrArray *recovered = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < parts->len; i++)
    {
      GError *error = NULL;
      char *path = vmc_wav_recover (parts->pdata[i], &error);

      if (path)
        g_ptr_array_add (recovered, path);
      else if (errors)
        g_ptr_array_add (errors, error);
      else
        g_error_free (error);
    }
  return recovered;
}
