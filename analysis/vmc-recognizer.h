/* vmc-recognizer.h: streaming offline speech recognition with word times
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "vmc-word.h"

G_BEGIN_DECLS

#define VMC_RECOGNIZER_ERROR (vmc_recognizer_error_quark ())
GQuark vmc_recognizer_error_quark (void);

typedef enum {
  VMC_RECOGNIZER_ERROR_NO_MODEL,   /* the acoustic model, dictionary or LM is missing */
  VMC_RECOGNIZER_ERROR_BAD_MODEL,  /* present but pocketsphinx refused it */
  VMC_RECOGNIZER_ERROR_STATE,      /* called out of order (feed before start) */
  VMC_RECOGNIZER_ERROR_FAILED,     /* the decoder failed on the audio */
} VmcRecognizerError;

#define VMC_TYPE_RECOGNIZER (vmc_recognizer_get_type ())
G_DECLARE_FINAL_TYPE (VmcRecognizer, vmc_recognizer, VMC, RECOGNIZER, GObject)

const char    *vmc_recognizer_default_model_dir (void);

VmcRecognizer *vmc_recognizer_new          (const char     *model_dir,
                                            GError        **error);
VmcRecognizer *vmc_recognizer_new_expecting (const char         *model_dir,
                                             const char * const *phrases,
                                             GError            **error);
VmcRecognizer *vmc_recognizer_new_with_voice (const char        *model_dir,
                                              const char        *voice_dir,
                                              const char * const *phrases,
                                              GError           **error);
const char    *vmc_recognizer_get_voice    (VmcRecognizer  *self);
double         vmc_recognizer_get_load_time (VmcRecognizer *self);
gboolean       vmc_recognizer_add_word     (VmcRecognizer  *self,
                                            const char     *word,
                                            const char     *phones,
                                            GError        **error);
gboolean       vmc_recognizer_expect_phrases (VmcRecognizer      *self,
                                              const char * const *phrases,
                                              GError            **error);
GPtrArray     *vmc_recognizer_decode_number (VmcRecognizer *self,
                                             const gint16  *samples,
                                             gsize          n_samples,
                                             double         offset,
                                             const char    *grammar,
                                             GError       **error);
void           vmc_recognizer_set_thorough (VmcRecognizer *self,
                                            gboolean       thorough);
gboolean       vmc_recognizer_get_thorough (VmcRecognizer *self);
void           vmc_recognizer_set_cancellable (VmcRecognizer *self,
                                               GCancellable  *cancellable);
GPtrArray     *vmc_recognizer_transcribe_samples (VmcRecognizer *self,
                                                  const gint16  *samples,
                                                  gsize          n_samples,
                                                  GError       **error);
GPtrArray     *vmc_recognizer_transcribe_span (VmcRecognizer *self,
                                               const gint16  *samples,
                                               gsize          n_samples,
                                               gsize          from,
                                               gsize          to,
                                               GError       **error);
GPtrArray     *vmc_recognizer_decode_digits (VmcRecognizer *self,
                                             const gint16  *samples,
                                             gsize          n_samples,
                                             GArray        *pieces,
                                             GError       **error);
gboolean       vmc_recognizer_knows_word   (VmcRecognizer  *self,
                                            const char     *word);
gboolean       vmc_recognizer_start        (VmcRecognizer  *self,
                                            GError        **error);
gboolean       vmc_recognizer_feed         (VmcRecognizer  *self,
                                            const gint16   *samples,
                                            gsize           n_samples,
                                            GError        **error);
char          *vmc_recognizer_get_partial  (VmcRecognizer  *self);
GPtrArray     *vmc_recognizer_finish       (VmcRecognizer  *self,
                                            GError        **error);
void           vmc_recognizer_set_recording (VmcRecognizer *self,
                                            const gint16  *samples,
                                            gsize          n_samples);
gboolean       vmc_recognizer_is_narrowband (VmcRecognizer *self);
gboolean       vmc_recognizer_set_line_transform (VmcRecognizer  *self,
                                                  const char     *path,
                                                  GError        **error);
const char    *vmc_recognizer_get_line_transform (VmcRecognizer *self);
GPtrArray     *vmc_recognizer_transcribe_file (VmcRecognizer *self,
                                               const char    *path,
                                               double        *duration,
                                               GError       **error);

G_END_DECLS
