/* vmc-prosody-private.h: for the tests: opening the pitch tracker's library by name
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vmc-prosody.h"

G_BEGIN_DECLS

gboolean _vmc_prosody_open_aubio (const char  *soname,
                                  GError     **error);

G_END_DECLS
