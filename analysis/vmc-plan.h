/* vmc-plan.h: the rep's plan for a call (who they are, their number, why they call)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define VMC_PLAN_ERROR (vmc_plan_error_quark ())
GQuark vmc_plan_error_quark (void);

typedef enum {
  VMC_PLAN_ERROR_READ,        /* the file could not be read */
  VMC_PLAN_ERROR_NOT_JSON,    /* not JSON, or not a JSON object */
  VMC_PLAN_ERROR_WRONG_TYPE,  /* a field is not a string */
  VMC_PLAN_ERROR_BAD_NUMBER,  /* the callback number is not a phone number */
  VMC_PLAN_ERROR_TOO_LARGE,   /* the file, its nesting or a field is far larger than a plan */
} VmcPlanError;

/* What a plan may hold: a plan is a few lines of text. Larger input is refused before it is
 * parsed (json-glib parses nested arrays recursively, and flite pronounces a name
 * recursively: a huge one would overflow the stack). */
#define VMC_PLAN_MAX_BYTES        (64 * 1024)
#define VMC_PLAN_MAX_DEPTH        16
#define VMC_PLAN_MAX_NAME_CHARS   100   /* caller_name, company, recipient */
#define VMC_PLAN_MAX_NUMBER_CHARS 40    /* callback_number, as written */
#define VMC_PLAN_MAX_TEXT_CHARS   500   /* goal, ask, rapport, alternate_contact */

typedef struct
{
  char *caller_name;        /* lower case, single spaces: "sarah miller" */
  char *company;
  char *callback_number;    /* digits only: "5552123456" */
  char *recipient;
  char *goal;
  char *ask;
  char *rapport;
  char *alternate_contact;
  /* < private > what the rep wrote in each field, trimmed, for showing and keeping
   * (vmc_plan_get_written); indexed like the fields of a plan file */
  char *written[8];
} VmcPlan;

VmcPlan  *vmc_plan_new            (void);
VmcPlan  *vmc_plan_copy           (const VmcPlan *self);
void      vmc_plan_free           (VmcPlan     *self);
VmcPlan  *vmc_plan_load_file      (const char  *path,
                                   GError     **error);
VmcPlan  *vmc_plan_load_data      (const char  *data,
                                   gssize       length,
                                   GError     **error);
char     *vmc_plan_normalize_number (const char *number,
                                     GError    **error);
char    **vmc_plan_get_name_words (const VmcPlan *self);
char    **vmc_plan_get_phrases    (const VmcPlan *self);
guint     vmc_plan_field_max_chars (const char  *field);
const char *vmc_plan_get_written  (const VmcPlan *self,
                                   const char    *field);
char     *vmc_plan_to_json        (const VmcPlan *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VmcPlan, vmc_plan_free)

G_END_DECLS
