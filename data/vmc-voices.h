/* vmc-voices.h: the voices learned from each rep (and each trainee), one folder each
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  char   *id;        /* the folder's name */
  char   *name;      /* whose voice, as they typed it */
  char   *dir;       /* the folder, for vmc_recognizer_new_with_voice() */
  char   *created;   /* ISO 8601 */
  int     sentences;
  double  seconds;
} VmcVoice;

void       vmc_voice_free          (VmcVoice   *voice);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VmcVoice, vmc_voice_free)

char      *vmc_voices_default_dir  (void);
char      *vmc_voices_id_for_name  (const char *name);
char      *vmc_voices_dir_for      (const char *voices_dir,
                                    const char *name);
VmcVoice  *vmc_voices_lookup       (const char *voices_dir,
                                    const char *id_or_name);
GPtrArray *vmc_voices_list         (const char *voices_dir);

G_END_DECLS
