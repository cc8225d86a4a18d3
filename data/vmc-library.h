/* vmc-library.h: every attempt kept, in a database beside its audio
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "vmc-analysis.h"
#include "vmc-attempt.h"
#include "vmc-plan.h"
#include "vmc-speech-service.h"

G_BEGIN_DECLS

#define VMC_LIBRARY_ERROR (vmc_library_error_quark ())
GQuark vmc_library_error_quark (void);

typedef enum {
  VMC_LIBRARY_ERROR_NEWER,      /* written by a later Voicemail Coach: update it */
  VMC_LIBRARY_ERROR_READ_ONLY,  /* the folder or the database cannot be written: permissions */
  VMC_LIBRARY_ERROR_CORRUPT,    /* not a database, or a damaged one */
  VMC_LIBRARY_ERROR_NOT_FOUND,  /* no such attempt */
  VMC_LIBRARY_ERROR_FAILED,     /* anything else (the disk full, …) */
} VmcLibraryError;

/* The version of the database this build writes (PRAGMA user_version); older ones are
 * brought up to it, newer ones refused */
#define VMC_LIBRARY_SCHEMA_VERSION 3

/* What the list shows: all attempts, or those that match */
typedef struct
{
  const char *search;      /* words of the transcript, the recipient or the note (nullable) */
  GDateTime  *from;        /* made at or after (nullable) */
  GDateTime  *until;       /* made before (nullable) */
  int         min_score;   /* 0 for any */
  int         max_score;   /* 100 for any */
} VmcQuery;

void vmc_query_init (VmcQuery *query);

#define VMC_TYPE_LIBRARY (vmc_library_get_type ())
G_DECLARE_FINAL_TYPE (VmcLibrary, vmc_library, VMC, LIBRARY, GObject)

char        *vmc_library_default_dir     (void);
VmcLibrary  *vmc_library_get_default     (GError           **error);
VmcLibrary  *vmc_library_open            (const char        *dir,
                                          GError           **error);
VmcLibrary  *vmc_library_open_at_version (const char        *dir,
                                          int                version,
                                          GError           **error);
const char  *vmc_library_get_dir         (VmcLibrary        *self);
char        *vmc_library_get_audio_dir   (VmcLibrary        *self);
char        *vmc_library_new_recording_path (VmcLibrary     *self);

gint64       vmc_library_add             (VmcLibrary        *self,
                                          VmcAnalysis       *analysis,
                                          const char        *audio,
                                          const VmcPlan     *plan,
                                          GDateTime         *created,
                                          GError           **error);
gboolean     vmc_library_keep_as_flac    (VmcLibrary        *self,
                                          gint64             id,
                                          GError           **error);
gboolean     vmc_library_set_note        (VmcLibrary        *self,
                                          gint64             id,
                                          const char        *note,
                                          GError           **error);
gboolean     vmc_library_replace_analysis (VmcLibrary       *self,
                                           gint64            id,
                                           VmcAnalysis      *analysis,
                                           GError          **error);
gboolean     vmc_library_trash           (VmcLibrary        *self,
                                          gint64             id,
                                          GError           **error);
gboolean     vmc_library_restore         (VmcLibrary        *self,
                                          gint64             id,
                                          GError           **error);
guint        vmc_library_purge           (VmcLibrary        *self,
                                          GError           **error);

GArray      *vmc_library_find            (VmcLibrary        *self,
                                          const VmcQuery    *query,
                                          GError           **error);
GPtrArray   *vmc_library_get_attempts    (VmcLibrary        *self,
                                          const gint64      *ids,
                                          guint              n_ids,
                                          GError           **error);
VmcAttempt  *vmc_library_get_attempt     (VmcLibrary        *self,
                                          gint64             id,
                                          GError           **error);
VmcAnalysis *vmc_library_load_analysis   (VmcLibrary        *self,
                                          gint64             id,
                                          GError           **error);
VmcPlan     *vmc_library_load_plan       (VmcLibrary        *self,
                                          gint64             id,
                                          GError           **error);
GPtrArray   *vmc_library_recover         (VmcLibrary        *self,
                                          GPtrArray         *errors);
gboolean     vmc_library_check           (VmcLibrary        *self,
                                          GError           **error);

gint64       vmc_library_import_file     (VmcLibrary        *self,
                                          const char        *source,
                                          VmcAnalysis       *analysis,
                                          const VmcPlan     *plan,
                                          GDateTime         *created,
                                          VmcSpeechService  *service,
                                          GError           **error);
gint64       vmc_library_find_import     (VmcLibrary        *self,
                                          const char        *source);
guint        vmc_library_import_folder   (VmcLibrary        *self,
                                          const char        *folder,
                                          VmcSpeechService  *service,
                                          GPtrArray         *errors);

G_END_DECLS
