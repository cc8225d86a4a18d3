/* vmc-colors.h: one colour per kind of element, the same in the transcript, the timeline and
 * the legend, for the light or the dark style (the table in analysis/vmc-element.c); and a
 * verdict's icon and style class, the same in the result view and the comparison
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "vmc-analysis.h"
#include "vmc-element.h"

G_BEGIN_DECLS

static inline const char *
vmc_element_color (VmcElementKind kind)
{
  const VmcElementInfo *info = vmc_element_info (kind);

  return adw_style_manager_get_dark (adw_style_manager_get_default ()) ? info->dark_color
                                                                       : info->light_color;
}

/* A shape per verdict, so that it does not rest on its colour alone */
static inline const char *
vmc_verdict_icon_name (VmcVerdict verdict)
{
  switch (verdict)
    {
    case VMC_VERDICT_PASS: return "emblem-ok-symbolic";
    case VMC_VERDICT_WARN: return "dialog-warning-symbolic";
    case VMC_VERDICT_FAIL: return "dialog-error-symbolic";
    case VMC_VERDICT_SKIP:
    default:               return "action-unavailable-symbolic";
    }
}

/* libadwaita's style class of its colour */
static inline const char *
vmc_verdict_style_class (VmcVerdict verdict)
{
  switch (verdict)
    {
    case VMC_VERDICT_PASS: return "success";
    case VMC_VERDICT_WARN: return "warning";
    case VMC_VERDICT_FAIL: return "error";
    case VMC_VERDICT_SKIP:
    default:               return "dim-label";
    }
}

G_END_DECLS
