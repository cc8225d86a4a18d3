/* vmc-attempt.h: one attempt as the list shows it (its full analysis stays in the library)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "vmc-analysis.h"

G_BEGIN_DECLS

#define VMC_TYPE_ATTEMPT (vmc_attempt_get_type ())
G_DECLARE_FINAL_TYPE (VmcAttempt, vmc_attempt, VMC, ATTEMPT, GObject)

/* What a row of the library holds besides the analysis itself */
typedef struct
{
  gint64      id;
  GDateTime  *created;
  double      duration;
  int         score;
  VmcVerdict  verdicts[VMC_N_TIPS];
  char       *recipient;     /* from the plan, "" when none */
  char       *number;        /* the callback number said, digits, "" when none */
  char       *note;
  char       *audio;         /* the recording's path */
  char       *transcript;    /* the words heard, for search and a glance */
  double      words_per_minute;
  double      digits_per_second;
  double      pitch_range;
} VmcAttemptData;

void          vmc_attempt_data_clear      (VmcAttemptData *data);

VmcAttempt   *vmc_attempt_new             (gint64          id);
VmcAttempt   *vmc_attempt_new_from_data   (VmcAttemptData *data);
void          vmc_attempt_fill            (VmcAttempt     *self,
                                           VmcAttempt     *from);
gboolean      vmc_attempt_is_loaded       (VmcAttempt     *self);
gint64        vmc_attempt_get_id          (VmcAttempt     *self);
GDateTime    *vmc_attempt_get_created     (VmcAttempt     *self);
double        vmc_attempt_get_duration    (VmcAttempt     *self);
int           vmc_attempt_get_score       (VmcAttempt     *self);
VmcVerdict    vmc_attempt_get_verdict     (VmcAttempt     *self,
                                           VmcTipId        tip);
const char   *vmc_attempt_get_recipient   (VmcAttempt     *self);
const char   *vmc_attempt_get_number      (VmcAttempt     *self);
const char   *vmc_attempt_get_note        (VmcAttempt     *self);
void          vmc_attempt_set_note        (VmcAttempt     *self,
                                           const char     *note);
const char   *vmc_attempt_get_audio       (VmcAttempt     *self);
const char   *vmc_attempt_get_transcript  (VmcAttempt     *self);
double        vmc_attempt_get_words_per_minute  (VmcAttempt *self);
double        vmc_attempt_get_digits_per_second (VmcAttempt *self);
double        vmc_attempt_get_pitch_range (VmcAttempt     *self);

G_END_DECLS
