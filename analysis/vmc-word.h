/* vmc-word.h: one recognized word with its time
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define VMC_TYPE_WORD (vmc_word_get_type ())

typedef struct _VmcWord VmcWord;

struct _VmcWord
{
  char     *word;        /* lower case, no pronunciation marks */
  double    start;       /* seconds from the start of the recording */
  double    end;
  double    confidence;  /* 0..1 */
  gboolean  filler;      /* uh, um and friends */
};

GType     vmc_word_get_type     (void) G_GNUC_CONST;
VmcWord  *vmc_word_new          (const char    *word,
                                 double         start,
                                 double         end,
                                 double         confidence);
VmcWord  *vmc_word_copy         (const VmcWord *self);
void      vmc_word_free         (VmcWord       *self);
gboolean  vmc_word_is_filler    (const char    *word);
char     *vmc_words_to_text     (GPtrArray     *words);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VmcWord, vmc_word_free)

G_END_DECLS
