/* vmc-colors.h: one colour per kind of element, the same in the transcript, the timeline and
 * the legend, for the light or the dark style (the table in analysis/vmc-element.c)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "vmc-element.h"

G_BEGIN_DECLS

static inline const char *
vmc_element_color (VmcElementKind kind)
{
  const VmcElementInfo *info = vmc_element_info (kind);

  return adw_style_manager_get_dark (adw_style_manager_get_default ()) ? info->dark_color
                                                                       : info->light_color;
}

G_END_DECLS
