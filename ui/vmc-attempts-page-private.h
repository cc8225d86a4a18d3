/* vmc-attempts-page-private.h: the Attempts view's insides, shared by its files
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * As the window's (vmc-window-private.h): the page's struct, and the helpers its parts share.
 * vmc-attempts-page.c: messages, the list, navigation and the life cycle;
 * vmc-attempts-page-workers.c: the jobs in workers; vmc-attempts-page-attempt.c: one attempt,
 * its note, analysed again, practised again; vmc-attempts-page-compare.c: compared;
 * vmc-attempts-page-delete.c: deleted, with Undo; vmc-attempts-page-export.c: exported;
 * vmc-attempts-page-import.c: recordings made elsewhere, imported. Each
 * part installs its actions (_vmc_attempts_page_class_init_*, called from class_init).
 */
#pragma once

#include <adwaita.h>

#include "vmc-attempt-list.h"
#include "vmc-attempts-page.h"
#include "vmc-audio-clip.h"
#include "vmc-compare-view.h"
#include "vmc-result-view.h"

G_BEGIN_DECLS

/* recordings being imported (vmc-attempts-page-import.c) */
typedef struct _VmcImport VmcImport;

struct _VmcAttemptsPage
{
  GtkWidget parent_instance;

  /* template */
  GtkStack          *stack;
  GtkSearchEntry    *search_entry;
  GtkDropDown       *date_dropdown;
  GtkDropDown       *score_dropdown;
  GtkStack          *list_stack;
  GtkListView       *list_view;
  GtkLabel          *count_label;
  GtkLabel          *attempt_title;
  AdwEntryRow       *note_row;
  GtkLabel          *attempt_status;
  GtkBox            *attempt_box;
  GtkBox            *compare_box;
  AdwStatusPage     *unavailable_page;
  /* made when first wanted: most starts never show an attempt or a comparison, and the two
   * views cost the window's first frame about 25 ms */
  VmcResultView     *result_view;
  VmcCompareView    *compare_view;

  VmcLibrary        *library;
  VmcAttemptList    *list;
  GtkMultiSelection *selection;
  GSettings         *settings;

  VmcAttempt        *opened;             /* the attempt shown on the attempt page */
  GCancellable      *open_cancellable;   /* reading it; another one opened drops it */
  GCancellable      *analyze_cancellable;
  GCancellable      *compare_cancellable;
  const char        *back_to;            /* where Back goes from the comparison */
  GtkFileChooserNative *chooser;
  guint              pending_deletes;    /* deletions whose Undo is still offered */
  char              *searched;           /* the search text of the query shown */
  VmcImport         *import;             /* recordings being imported, or NULL */
  GtkRevealer       *import_revealer;    /* the import's progress in the action bar */
  GtkLabel          *import_label;

  /* for the benchmark (tests/benchmark/bench-library.py reads the debug messages) */
  gint64             search_time;
  gulong             paint_id;
};

enum {
  SIGNAL_PRACTISE_AGAIN,
  N_SIGNALS
};

extern guint _vmc_attempts_page_signals[N_SIGNALS];

/* A job on the library in a worker: @run there, then @done here with what it gave */
typedef gpointer (*JobFunc) (VmcLibrary *library, gpointer data, GCancellable *cancellable, GError **error);

/* An attempt read in a worker, for showing (vmc-attempts-page-attempt.c) */
typedef struct
{
  VmcAttempt   *attempt;
  VmcAnalysis  *analysis;
  VmcAudioClip *clip;
  GError       *clip_error;   /* the recording could not be read: shown without it */
} Loaded;

/* vmc-attempts-page.c */
void     _vmc_attempts_page_toast          (VmcAttemptsPage     *self,
                                            AdwToast            *toast);
void     _vmc_attempts_page_show_error     (VmcAttemptsPage     *self,
                                            const char          *message);
GArray  *_vmc_attempts_page_selected_ids   (VmcAttemptsPage     *self);
void     _vmc_attempts_page_update_actions (VmcAttemptsPage     *self);

/* vmc-attempts-page-workers.c */
void     _vmc_attempts_page_run_job        (VmcAttemptsPage     *self,
                                            const char          *name,
                                            JobFunc              run,
                                            gpointer             data,
                                            GDestroyNotify       free_data,
                                            GDestroyNotify       free_result,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  done);

/* vmc-attempts-page-attempt.c: one attempt, the note, analysed again, practised again */
void     _vmc_attempts_page_loaded_free    (gpointer             p);
gpointer _vmc_attempts_page_load_one       (VmcLibrary          *library,
                                            gint64               id,
                                            GCancellable        *cancellable,
                                            GError             **error);
void     _vmc_attempts_page_leave_shown    (VmcAttemptsPage     *self,
                                            GCancellable       **reading);
void     _vmc_attempts_page_on_note_apply  (VmcAttemptsPage     *self);
void     _vmc_attempts_page_class_init_attempt (GtkWidgetClass *widget_class);

/* vmc-attempts-page-compare.c: compared */
void     _vmc_attempts_page_class_init_compare (GtkWidgetClass *widget_class);

/* vmc-attempts-page-delete.c: deleted, with Undo */
void     _vmc_attempts_page_class_init_delete  (GtkWidgetClass *widget_class);

/* vmc-attempts-page-export.c: exported */
void     _vmc_attempts_page_class_init_export  (GtkWidgetClass *widget_class);

/* vmc-attempts-page-import.c: recordings made elsewhere, imported */
void     _vmc_import_free                      (VmcImport      *import);
void     _vmc_attempts_page_class_init_import  (GtkWidgetClass *widget_class);

VmcResultView  *_vmc_attempts_page_get_result_view  (VmcAttemptsPage *self);
VmcCompareView *_vmc_attempts_page_get_compare_view (VmcAttemptsPage *self);

G_END_DECLS
