/* vmc-element.h: the parts of a message a listener needs (name, number, ask, ...)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "vmc-plan.h"

G_BEGIN_DECLS

typedef enum {
  VMC_ELEMENT_NAME,               /* who is calling: "sarah miller" */
  VMC_ELEMENT_NUMBER,             /* the callback number, the first time it is said */
  VMC_ELEMENT_CLOSING_NUMBER,     /* the callback number said again at the end */
  VMC_ELEMENT_ASK,                /* the explicit request: call me back, a meeting */
  VMC_ELEMENT_RAPPORT,            /* a mutual contact, a referral, a shared event */
  VMC_ELEMENT_DEMAND,             /* "you need to", "immediately", "I expect" */
  VMC_ELEMENT_ALTERNATE_CONTACT,  /* a second channel: email, cell, text, an assistant */
  VMC_ELEMENT_TIME_WINDOW,        /* narrow availability: "only Thursday from ten to noon" */
  VMC_ELEMENT_COMPANY,            /* the caller's company */
  VMC_ELEMENT_REASON,             /* why they call: "I'm calling about ..." */
  VMC_ELEMENT_THANKS,             /* thanks and appreciation */
  VMC_N_ELEMENT_KINDS /*< skip >*/
} VmcElementKind;

typedef struct
{
  VmcElementKind kind;
  guint          first_word;  /* inclusive indexes into the words */
  guint          last_word;
  double         start;       /* seconds */
  double         end;
  char          *text;
  char          *digits;      /* numbers: "8017016430"; else NULL */
  guint          n_heard;     /* numbers: how many digits were heard (before a repair) */
  char          *extension;   /* numbers: digits after "extension"; else NULL */
} VmcElement;

/* What each kind is called and how it is shown, in one place (vmc-element.c): adding a kind
 * touches the enum and that table. */
typedef struct
{
  VmcElementKind kind;
  const char    *id;            /* in the JSON: "closing_number" */
  const char    *title;         /* the legend's: "Closing number" */
  const char    *report_label;  /* the text report's: "CLOSING NUMBER" */
  const char    *description;   /* the legend's tooltip: what it is */
  const char    *light_color;   /* on the light style, and on paper */
  const char    *dark_color;    /* on the dark style */
  int            rank;          /* highlighted in this order of precedence (0 first, the four
                                 * key spans in bold), -1 when it is not highlighted */
} VmcElementInfo;

const VmcElementInfo *vmc_element_info           (VmcElementKind kind);
const char           *vmc_element_kind_to_string (VmcElementKind kind);
void        vmc_element_free           (VmcElement    *self);
GPtrArray  *vmc_detect_elements        (GPtrArray     *words,
                                        const VmcPlan *plan);
VmcElement *vmc_elements_find          (GPtrArray     *elements,
                                        VmcElementKind kind);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VmcElement, vmc_element_free)

G_END_DECLS
