/* vmc-player.h: playing a recording, or part of it, with a position to follow
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "vmc-audio-clip.h"

G_BEGIN_DECLS

typedef enum {
  VMC_PLAYER_IDLE,
  VMC_PLAYER_PLAYING,
  VMC_PLAYER_PAUSED,
} VmcPlayerState;

#define VMC_TYPE_PLAYER (vmc_player_get_type ())
G_DECLARE_FINAL_TYPE (VmcPlayer, vmc_player, VMC, PLAYER, GObject)

VmcPlayer      *vmc_player_new                (void);
void            vmc_player_set_device         (VmcPlayer   *self,
                                               const char  *device_id);
gboolean        vmc_player_open               (VmcPlayer   *self,
                                               const char  *path,
                                               GError     **error);
void            vmc_player_set_clip           (VmcPlayer    *self,
                                               VmcAudioClip *clip);
VmcAudioClip   *vmc_player_get_clip           (VmcPlayer   *self);
gboolean        vmc_player_play               (VmcPlayer   *self,
                                               double       from,
                                               double       to,
                                               GError     **error);
void            vmc_player_pause              (VmcPlayer   *self);
gboolean        vmc_player_resume             (VmcPlayer   *self,
                                               GError     **error);
void            vmc_player_stop               (VmcPlayer   *self);
void            vmc_player_seek               (VmcPlayer   *self,
                                               double       seconds);
double          vmc_player_get_position       (VmcPlayer   *self);
double          vmc_player_get_duration       (VmcPlayer   *self);
VmcPlayerState  vmc_player_get_state          (VmcPlayer   *self);
void            vmc_player_set_telephone_band (VmcPlayer   *self,
                                               gboolean     telephone);
gboolean        vmc_player_get_telephone_band (VmcPlayer   *self);

G_END_DECLS
