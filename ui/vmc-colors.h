/* vmc-colors.h: one colour per kind of element, the same in the transcript, the timeline and
 * the legend (GNOME palette)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vmc-element.h"

G_BEGIN_DECLS

static inline const char *
vmc_element_color (VmcElementKind kind)
{
  switch (kind)
    {
    case VMC_ELEMENT_NAME:              return "#3584e4";  /* blue 3 */
    case VMC_ELEMENT_NUMBER:            return "#2ec27e";  /* green 4 */
    case VMC_ELEMENT_ASK:               return "#ff7800";  /* orange 3 */
    case VMC_ELEMENT_CLOSING_NUMBER:    return "#9141ac";  /* purple 3 */
    case VMC_ELEMENT_RAPPORT:           return "#33d17a";  /* green 3 */
    case VMC_ELEMENT_DEMAND:            return "#e01b24";  /* red 3 */
    case VMC_ELEMENT_ALTERNATE_CONTACT: return "#62a0ea";  /* blue 2 */
    case VMC_ELEMENT_TIME_WINDOW:       return "#c64600";  /* orange 5 */
    default:                            return "#9a9996";  /* light 5 */
    }
}

G_END_DECLS
