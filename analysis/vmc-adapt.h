/* vmc-adapt.h: teaching the recognizer one speaker's voice
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define VMC_ADAPT_ERROR (vmc_adapt_error_quark ())
GQuark vmc_adapt_error_quark (void);

typedef enum {
  VMC_ADAPT_ERROR_TOOLS,       /* sphinxtrain or pocketsphinx's tools are not installed */
  VMC_ADAPT_ERROR_MODEL,       /* the speech model lacks a file adaptation needs */
  VMC_ADAPT_ERROR_TOO_LITTLE,  /* not enough speech to learn from */
  VMC_ADAPT_ERROR_FAILED,      /* a step failed: the message says which */
} VmcAdaptError;

/* One sentence the speaker read: what it says and how it sounded. */
typedef struct {
  char   *text;       /* the sentence read, as shown (digits and punctuation allowed) */
  gint16 *samples;    /* mono, VMC_AUDIO_RATE */
  gsize   n_samples;
} VmcAdaptUtterance;

VmcAdaptUtterance *vmc_adapt_utterance_new  (const char        *text,
                                             const gint16      *samples,
                                             gsize              n_samples);
void               vmc_adapt_utterance_free (VmcAdaptUtterance *utt);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VmcAdaptUtterance, vmc_adapt_utterance_free)

/* Called from the adapting thread: @fraction of the work done, @stage says what runs now. */
typedef void (*VmcAdaptProgress) (double      fraction,
                                  const char *stage,
                                  gpointer    user_data);

gboolean  vmc_adapt_voice           (const char        *model_dir,
                                     GPtrArray         *utterances,
                                     const char        *voice_dir,
                                     const char        *voice_name,
                                     VmcAdaptProgress   progress,
                                     gpointer           user_data,
                                     GCancellable      *cancellable,
                                     GError           **error);

char     *vmc_adapt_voice_means     (const char        *voice_dir);
double   *vmc_adapt_voice_cepstral_mean (const char    *voice_dir,
                                         gsize         *length);
char     *vmc_adapt_words_of        (const char        *text);

gboolean  vmc_adapt_sendump_to_mixw (const char        *sendump,
                                     const char        *mixture_weights,
                                     GError           **error);

G_END_DECLS
