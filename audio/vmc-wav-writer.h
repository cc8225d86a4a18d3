/* vmc-wav-writer.h: a recording written as it arrives, valid at every moment, recoverable
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _VmcWavWriter VmcWavWriter;

/* How the file of a recording still being made is named: "<final name>.part" */
#define VMC_WAV_PART_SUFFIX ".part"

VmcWavWriter *vmc_wav_writer_new         (const char    *path,
                                          int            rate,
                                          GError       **error);
gboolean      vmc_wav_writer_write       (VmcWavWriter  *self,
                                          const gint16  *samples,
                                          gsize          n,
                                          GError       **error);
guint64       vmc_wav_writer_get_frames  (VmcWavWriter  *self);
const char   *vmc_wav_writer_get_path    (VmcWavWriter  *self);
gboolean      vmc_wav_writer_finish      (VmcWavWriter  *self,
                                          GError       **error);
void          vmc_wav_writer_free        (VmcWavWriter  *self);

GPtrArray    *vmc_wav_find_unfinished    (const char    *directory);
char         *vmc_wav_recover            (const char    *part_path,
                                          GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VmcWavWriter, vmc_wav_writer_free)

G_END_DECLS
