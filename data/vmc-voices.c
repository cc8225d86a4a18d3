/* vmc-voices.c: the voices learned from each rep (and each trainee), one folder each
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * $XDG_DATA_HOME/voicemail-coach/voices/<id>/ holds what vmc_adapt_voice() wrote: the adapted
 * means and voice.ini (the name as typed, when, how much speech). The id is the name made
 * safe for a folder ("Dana O'Neil" -> "dana-o-neil"), so the same person enrolling again
 * replaces their voice and nobody else's.
 */
#define G_LOG_DOMAIN "vmc-voices"

#include "config.h"

#include <string.h>

#include "vmc-adapt.h"
#include "vmc-voices.h"

void
vmc_voice_free (VmcVoice *voice)
{
  if (voice == NULL)
    return;
  g_free (voice->id);
  g_free (voice->name);
  g_free (voice->dir);
  g_free (voice->created);
  g_free (voice);
}

char *
vmc_voices_default_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "voicemail-coach", "voices", NULL);
}

/**
 * vmc_voices_id_for_name:
 * @name: whose voice
 *
 * Returns: (transfer full): the folder name for @name: lower-case letters and digits joined by
 *   hyphens, "voice" when @name has none
 */
char *
vmc_voices_id_for_name (const char *name)
{
  g_autofree char *ascii = g_str_to_ascii (name ? name : "", "C");
  GString *id = g_string_new (NULL);

  for (const char *p = ascii; *p; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (id, g_ascii_tolower (*p));
      else if (id->len && id->str[id->len - 1] != '-')
        g_string_append_c (id, '-');
      if (id->len >= 64)
        break;
    }
  while (id->len && id->str[id->len - 1] == '-')
    g_string_truncate (id, id->len - 1);
  if (id->len == 0)
    g_string_assign (id, "voice");
  return g_string_free (id, FALSE);
}

char *
vmc_voices_dir_for (const char *voices_dir,
                    const char *name)
{
  g_autofree char *id = vmc_voices_id_for_name (name);

  return g_build_filename (voices_dir, id, NULL);
}

static VmcVoice *
read_voice (const char *voices_dir,
            const char *id)
{
  g_autofree char *dir = g_build_filename (voices_dir, id, NULL);
  g_autofree char *ini = g_build_filename (dir, "voice.ini", NULL);
  g_autofree char *means = vmc_adapt_voice_means (dir);
  g_autoptr(GKeyFile) kf = g_key_file_new ();
  VmcVoice *voice;

  if (means == NULL || !g_key_file_load_from_file (kf, ini, G_KEY_FILE_NONE, NULL))
    return NULL;
  voice = g_new0 (VmcVoice, 1);
  voice->id = g_strdup (id);
  voice->dir = g_steal_pointer (&dir);
  voice->name = g_key_file_get_string (kf, "Voice", "Name", NULL);
  if (voice->name == NULL || !*voice->name)
    {
      g_free (voice->name);
      voice->name = g_strdup (id);
    }
  voice->created = g_key_file_get_string (kf, "Voice", "Created", NULL);
  voice->sentences = g_key_file_get_integer (kf, "Voice", "Sentences", NULL);
  voice->seconds = g_key_file_get_double (kf, "Voice", "Seconds", NULL);
  return voice;
}

/**
 * vmc_voices_lookup:
 * @voices_dir: where voices are kept
 * @id_or_name: a voice's id, or the name it was learned under
 *
 * Returns: (transfer full) (nullable): the voice, or %NULL when there is none by that name
 */
VmcVoice *
vmc_voices_lookup (const char *voices_dir,
                   const char *id_or_name)
{
  g_autofree char *id = vmc_voices_id_for_name (id_or_name);

  return read_voice (voices_dir, id);
}

static int
by_name (gconstpointer a,
         gconstpointer b)
{
  const VmcVoice *va = *(VmcVoice **)a, *vb = *(VmcVoice **)b;

  return g_utf8_collate (va->name, vb->name);
}

/**
 * vmc_voices_list:
 * @voices_dir: where voices are kept
 *
 * Returns: (transfer full) (element-type VmcVoice): every voice, by name; folders left by an
 *   adaptation that did not finish are not voices
 */
GPtrArray *
vmc_voices_list (const char *voices_dir)
{
  GPtrArray *voices = g_ptr_array_new_with_free_func ((GDestroyNotify)vmc_voice_free);
  g_autoptr(GDir) dir = g_dir_open (voices_dir, 0, NULL);
  const char *name;

  while (dir && (name = g_dir_read_name (dir)))
    {
      VmcVoice *voice;

      if (strchr (name, '.'))
        continue;
      if ((voice = read_voice (voices_dir, name)))
        g_ptr_array_add (voices, voice);
    }
  g_ptr_array_sort (voices, by_name);
  return voices;
}
