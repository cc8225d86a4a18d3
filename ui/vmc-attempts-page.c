/* vmc-attempts-page.c: every attempt kept: listed, searched, opened, compared, exported
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Attempts view of the window. A list of every attempt, newest first (VmcAttemptList: ids
 * found in a worker, rows read as they are shown), searched as you type and filtered by date
 * and score; one opened in the result view, with its note, analysed again, practised again,
 * compared with another, exported or deleted (with Undo). Nothing here waits for the disk on
 * the main thread: reading, saving and exporting run in workers (GTask), and a result that
 * comes back for an attempt no longer shown is dropped.
 *
 * This file: messages, the list, navigation and the life cycle; the rest is in parts, as in
 * GNOME Text Editor's window (vmc-attempts-page-private.h says which part holds what).
 */
#define G_LOG_DOMAIN "vmc-attempts"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "vmc-attempt-row.h"
#include "vmc-attempts-page-private.h"

G_DEFINE_FINAL_TYPE (VmcAttemptsPage, vmc_attempts_page, GTK_TYPE_WIDGET)

guint _vmc_attempts_page_signals[N_SIGNALS];

/* ---- messages ---- */

void
_vmc_attempts_page_toast (VmcAttemptsPage *self,
                          AdwToast        *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

void
_vmc_attempts_page_show_error (VmcAttemptsPage *self,
                               const char      *message)
{
  AdwToast *t = adw_toast_new (message);

  adw_toast_set_timeout (t, 0);
  adw_toast_set_priority (t, ADW_TOAST_PRIORITY_HIGH);
  _vmc_attempts_page_toast (self, t);
}

/* ---- the list ---- */

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  data)
{
  gtk_list_item_set_child (item, vmc_attempt_row_new ());
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  data)
{
  vmc_attempt_row_set_attempt (VMC_ATTEMPT_ROW (gtk_list_item_get_child (item)),
                               gtk_list_item_get_item (item));
}

static void
unbind_row (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  data)
{
  vmc_attempt_row_set_attempt (VMC_ATTEMPT_ROW (gtk_list_item_get_child (item)), NULL);
}

/* Which of the list's pages shows: its rows, or why there are none */
static void
update_list_page (VmcAttemptsPage *self)
{
  guint n = self->list ? g_list_model_get_n_items (G_LIST_MODEL (self->list)) : 0;
  gboolean filtered = gtk_editable_get_text (GTK_EDITABLE (self->search_entry))[0] != '\0' ||
                      gtk_drop_down_get_selected (self->date_dropdown) != 0 ||
                      gtk_drop_down_get_selected (self->score_dropdown) != 0;
  g_autofree char *count = NULL;

  if (self->list == NULL || !vmc_attempt_list_get_ready (self->list))
    gtk_stack_set_visible_child_name (self->list_stack, "loading");
  else if (n > 0)
    gtk_stack_set_visible_child_name (self->list_stack, "list");
  else
    gtk_stack_set_visible_child_name (self->list_stack, filtered ? "no-match" : "empty");
  count = g_strdup_printf (ngettext ("%u attempt", "%u attempts", n), n);
  gtk_label_set_text (self->count_label, n ? count : "");
}

/* The first frame with the rows in it (the benchmark's figures) */
static void
after_paint (GdkFrameClock   *clock,
             VmcAttemptsPage *self)
{
  g_autoptr(VmcAttempt) first = NULL;

  if (self->list && g_list_model_get_n_items (G_LIST_MODEL (self->list)) > 0 &&
      (first = g_list_model_get_item (G_LIST_MODEL (self->list), 0)) && !vmc_attempt_is_loaded (first))
    return;
  if (self->search_time)
    g_debug ("Search painted %.1f ms after the keystroke",
             (g_get_monotonic_time () - self->search_time) / 1e3);
  else
    g_debug ("Attempts painted at %" G_GINT64_FORMAT " (monotonic µs), %u rows",
             g_get_monotonic_time (), self->list ? g_list_model_get_n_items (G_LIST_MODEL (self->list)) : 0);
  self->search_time = 0;
  g_clear_signal_handler (&self->paint_id, clock);
}

static void
watch_paint (VmcAttemptsPage *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  if (clock == NULL || self->paint_id || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;
  self->paint_id = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint), self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_query_done (VmcAttemptList  *list,
               VmcAttemptsPage *self)
{
  const GError *error = vmc_attempt_list_get_error (list);

  if (error)
    _vmc_attempts_page_show_error (self, error->message);
  update_list_page (self);
  _vmc_attempts_page_update_actions (self);
  watch_paint (self);
}

static void
on_selection_changed (GtkSelectionModel *model,
                      guint              position,
                      guint              n_items,
                      VmcAttemptsPage   *self)
{
  _vmc_attempts_page_update_actions (self);
}

/* The query of the search words and the filters */
static void
run_query (VmcAttemptsPage *self)
{
  static const int days[] = { 0, 1, 7, 30, 365 };
  static const int lowest[] = { 0, 80, 50, 0 }, highest[] = { 100, 100, 79, 49 };
  g_autoptr(GDateTime) from = NULL;
  guint d = gtk_drop_down_get_selected (self->date_dropdown);
  guint s = gtk_drop_down_get_selected (self->score_dropdown);
  VmcQuery query;

  if (self->list == NULL)
    return;
  vmc_query_init (&query);
  query.search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_free (self->searched);
  self->searched = g_strdup (query.search);
  if (d > 0 && d < G_N_ELEMENTS (days))
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autoptr(GDateTime) today = g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now),
                                                          g_date_time_get_day_of_month (now), 0, 0, 0);

      from = g_date_time_add_days (today, 1 - days[d]);
      query.from = from;
    }
  if (s < G_N_ELEMENTS (lowest))
    {
      query.min_score = lowest[s];
      query.max_score = highest[s];
    }
  vmc_attempt_list_set_query (self->list, &query);
}

static void
on_search_changed (VmcAttemptsPage *self)
{
  /* GTK 4.8's search entry also says so once when it is first shown, with nothing typed:
   * that would query the whole library a second time while the window starts */
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), self->searched) == 0)
    return;
  /* a person typing (the entry is also set while the page is made, unseen) */
  self->search_time = gtk_widget_get_mapped (GTK_WIDGET (self)) ? g_get_monotonic_time () : 0;
  run_query (self);
}

static void
on_stop_search (VmcAttemptsPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
on_filter_changed (VmcAttemptsPage *self)
{
  run_query (self);
}

static void
on_activate (VmcAttemptsPage *self,
             guint            position)
{
  VmcAttempt *attempt = vmc_attempt_list_get_attempt (self->list, position);

  if (attempt)
    vmc_attempts_page_open_attempt (self, vmc_attempt_get_id (attempt));
}

/* The ids of the rows selected, in the list's order (newest first) */
GArray *
_vmc_attempts_page_selected_ids (VmcAttemptsPage *self)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GtkBitset) set = NULL;
  GtkBitsetIter iter;
  guint position;

  if (self->selection == NULL)
    return ids;
  set = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  for (gboolean more = gtk_bitset_iter_init_first (&iter, set, &position); more;
       more = gtk_bitset_iter_next (&iter, &position))
    {
      VmcAttempt *a = vmc_attempt_list_get_attempt (self->list, position);

      if (a)
        {
          gint64 id = vmc_attempt_get_id (a);

          g_array_append_val (ids, id);
        }
    }
  return ids;
}

/* ---- navigation ---- */

/* Back to the list of attempts */
void
vmc_attempts_page_show_list (VmcAttemptsPage *self)
{
  g_return_if_fail (VMC_IS_ATTEMPTS_PAGE (self));

  vmc_attempts_page_stop (self);
  _vmc_attempts_page_on_note_apply (self);
  g_cancellable_cancel (self->open_cancellable);
  g_cancellable_cancel (self->compare_cancellable);
  g_clear_pointer (&self->searched, g_free);
  if (self->library)
    gtk_stack_set_visible_child_name (self->stack, "browse");
  _vmc_attempts_page_update_actions (self);
}

static void
back_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  VmcAttemptsPage *self = VMC_ATTEMPTS_PAGE (widget);
  const char *shown = gtk_stack_get_visible_child_name (self->stack);

  if (g_strcmp0 (shown, "compare") == 0 && g_strcmp0 (self->back_to, "attempt") == 0 && self->opened)
    {
      vmc_attempts_page_stop (self);
      gtk_stack_set_visible_child_name (self->stack, "attempt");
      _vmc_attempts_page_update_actions (self);
    }
  else
    vmc_attempts_page_show_list (self);
}

/* Playback stopped, on every page */
void
vmc_attempts_page_stop (VmcAttemptsPage *self)
{
  g_return_if_fail (VMC_IS_ATTEMPTS_PAGE (self));

  if (self->result_view)
    vmc_result_view_stop (self->result_view);
  if (self->compare_view)
    vmc_compare_view_stop (self->compare_view);
}

/* Space on the Attempts view: the attempt shown plays or pauses */
void
vmc_attempts_page_play_pause (VmcAttemptsPage *self)
{
  g_return_if_fail (VMC_IS_ATTEMPTS_PAGE (self));

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "attempt") == 0 &&
      self->result_view && vmc_result_view_get_clip (self->result_view))
    vmc_result_view_play_pause (self->result_view);
}

void
vmc_attempts_page_focus_search (VmcAttemptsPage *self)
{
  g_return_if_fail (VMC_IS_ATTEMPTS_PAGE (self));

  vmc_attempts_page_show_list (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* Returns: the attempt shown on the attempt page, 0 for none */
gint64
vmc_attempts_page_get_opened (VmcAttemptsPage *self)
{
  g_return_val_if_fail (VMC_IS_ATTEMPTS_PAGE (self), 0);
  return self->opened && g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "attempt") == 0
         ? vmc_attempt_get_id (self->opened) : 0;
}

/* Returns: "browse", "attempt", "compare" or "unavailable" */
const char *
vmc_attempts_page_get_view (VmcAttemptsPage *self)
{
  g_return_val_if_fail (VMC_IS_ATTEMPTS_PAGE (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

void
_vmc_attempts_page_update_actions (VmcAttemptsPage *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  g_autoptr(GArray) ids = _vmc_attempts_page_selected_ids (self);
  const char *shown = gtk_stack_get_visible_child_name (self->stack);
  gboolean browsing = g_strcmp0 (shown, "browse") == 0;
  gboolean one = g_strcmp0 (shown, "attempt") == 0 && self->opened != NULL;
  guint n = self->list ? g_list_model_get_n_items (G_LIST_MODEL (self->list)) : 0;

  gtk_widget_action_set_enabled (widget, "attempts.compare-selected", browsing && ids->len == 2);
  gtk_widget_action_set_enabled (widget, "attempts.delete-selected", browsing && ids->len > 0);
  gtk_widget_action_set_enabled (widget, "attempts.export-csv", browsing && n > 0);
  gtk_widget_action_set_enabled (widget, "attempts.back", !browsing && self->library != NULL);
  gtk_widget_action_set_enabled (widget, "attempts.practise-again", one);
  gtk_widget_action_set_enabled (widget, "attempts.compare-previous", one);
  gtk_widget_action_set_enabled (widget, "attempts.analyze-again", one);
  gtk_widget_action_set_enabled (widget, "attempts.export-pdf", one);
  gtk_widget_action_set_enabled (widget, "attempts.export-html", one);
  gtk_widget_action_set_enabled (widget, "attempts.delete-opened", one);
}

static void
on_result_error (VmcAttemptsPage *self,
                 const GError    *error)
{
  _vmc_attempts_page_show_error (self, error->message);
}

/* The attempt's result, below its note: made the first time an attempt is opened */
VmcResultView *
_vmc_attempts_page_get_result_view (VmcAttemptsPage *self)
{
  if (self->result_view == NULL)
    {
      self->result_view = VMC_RESULT_VIEW (vmc_result_view_new ());
      g_signal_connect_object (self->result_view, "error", G_CALLBACK (on_result_error), self, G_CONNECT_SWAPPED);
      gtk_box_append (self->attempt_box, GTK_WIDGET (self->result_view));
    }
  return self->result_view;
}

/* Two attempts side by side: made for the first comparison */
VmcCompareView *
_vmc_attempts_page_get_compare_view (VmcAttemptsPage *self)
{
  if (self->compare_view == NULL)
    {
      self->compare_view = VMC_COMPARE_VIEW (vmc_compare_view_new ());
      g_object_set (self->compare_view, "margin-top", 18, "margin-bottom", 24, "margin-start", 12,
                    "margin-end", 12, NULL);
      g_signal_connect_object (self->compare_view, "error", G_CALLBACK (on_result_error), self, G_CONNECT_SWAPPED);
      /* the comparison is tall (the table, then two results): it scrolls */
      gtk_box_append (self->compare_box,
                      g_object_new (GTK_TYPE_SCROLLED_WINDOW, "vexpand", TRUE, "hscrollbar-policy", GTK_POLICY_NEVER,
                                    "child", g_object_new (ADW_TYPE_CLAMP, "maximum-size", 1240,
                                                           "child", self->compare_view, NULL),
                                    NULL));
    }
  return self->compare_view;
}

/**
 * vmc_attempts_page_set_library:
 * @library: (nullable): the attempts kept
 * @error: (nullable): why there is no library (shown instead of the list)
 */
void
vmc_attempts_page_set_library (VmcAttemptsPage *self,
                               VmcLibrary      *library,
                               const GError    *error)
{
  g_autoptr(GtkListItemFactory) factory = NULL;

  g_return_if_fail (VMC_IS_ATTEMPTS_PAGE (self));
  g_return_if_fail (self->library == NULL);

  if (library == NULL)
    {
      adw_status_page_set_description (self->unavailable_page, error ? error->message : NULL);
      gtk_stack_set_visible_child_name (self->stack, "unavailable");
      _vmc_attempts_page_update_actions (self);
      return;
    }
  self->library = g_object_ref (library);
  self->list = vmc_attempt_list_new (library);
  g_signal_connect_object (self->list, "query-done", G_CALLBACK (on_query_done), self, 0);
  self->selection = gtk_multi_selection_new (G_LIST_MODEL (g_object_ref (self->list)));
  g_signal_connect_object (self->selection, "selection-changed", G_CALLBACK (on_selection_changed), self, 0);
  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  gtk_stack_set_visible_child_name (self->stack, "browse");
  update_list_page (self);
  _vmc_attempts_page_update_actions (self);
}

static void
vmc_attempts_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (vmc_attempts_page_parent_class)->map (widget);
  watch_paint (VMC_ATTEMPTS_PAGE (widget));
}

static void
vmc_attempts_page_dispose (GObject *object)
{
  VmcAttemptsPage *self = VMC_ATTEMPTS_PAGE (object);

  g_cancellable_cancel (self->open_cancellable);
  g_cancellable_cancel (self->analyze_cancellable);
  g_cancellable_cancel (self->compare_cancellable);
  g_clear_pointer (&self->import, _vmc_import_free);   /* and stopped */
  g_clear_object (&self->open_cancellable);
  g_clear_object (&self->analyze_cancellable);
  g_clear_object (&self->compare_cancellable);
  if (self->chooser)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  if (self->paint_id)
    {
      GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

      if (clock)
        g_clear_signal_handler (&self->paint_id, clock);
      self->paint_id = 0;
    }
  if (self->list_view)
    gtk_list_view_set_model (self->list_view, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), VMC_TYPE_ATTEMPTS_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->list);
  g_clear_object (&self->opened);
  g_clear_object (&self->library);
  g_clear_object (&self->settings);
  G_OBJECT_CLASS (vmc_attempts_page_parent_class)->dispose (object);
}

static void
vmc_attempts_page_class_init (VmcAttemptsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vmc_attempts_page_dispose;
  widget_class->map = vmc_attempts_page_map;

  /**
   * VmcAttemptsPage::practise-again:
   * @plan: (type gpointer): the attempt's plan (a VmcPlan, empty when it had none)
   *
   * Practise Again was pressed: the window takes the plan and goes to Practice.
   */
  _vmc_attempts_page_signals[SIGNAL_PRACTISE_AGAIN] =
    g_signal_new ("practise-again", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, G_TYPE_POINTER);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/vmcoach/VoicemailCoach/vmc-attempts-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VmcAttemptsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, VmcAttemptsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, VmcAttemptsPage, date_dropdown);
  gtk_widget_class_bind_template_child (widget_class, VmcAttemptsPage, score_dropdown);
  gtk_widget_class_bind_template_child (widget_class, VmcAttemptsPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, VmcAttemptsPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, VmcAttemptsPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, VmcAttemptsPage, import_revealer);
  gtk_widget_class_bind_template_child (widget_class, VmcAttemptsPage, import_label);
  gtk_widget_class_bind_template_child (widget_class, VmcAttemptsPage, attempt_title);
  gtk_widget_class_bind_template_child (widget_class, VmcAttemptsPage, note_row);
  gtk_widget_class_bind_template_child (widget_class, VmcAttemptsPage, attempt_status);
  gtk_widget_class_bind_template_child (widget_class, VmcAttemptsPage, attempt_box);
  gtk_widget_class_bind_template_child (widget_class, VmcAttemptsPage, compare_box);
  gtk_widget_class_bind_template_child (widget_class, VmcAttemptsPage, unavailable_page);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_activate);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_note_apply",
                                               G_CALLBACK (_vmc_attempts_page_on_note_apply));
  gtk_widget_class_bind_template_callback (widget_class, on_result_error);

  gtk_widget_class_install_action (widget_class, "attempts.back", NULL, back_action);
  _vmc_attempts_page_class_init_compare (widget_class);
  _vmc_attempts_page_class_init_delete (widget_class);
  _vmc_attempts_page_class_init_attempt (widget_class);
  _vmc_attempts_page_class_init_export (widget_class);
  _vmc_attempts_page_class_init_import (widget_class);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "attempts.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "attempts.delete-selected", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
vmc_attempts_page_init (VmcAttemptsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->settings = g_settings_new (APPLICATION_ID);
  self->back_to = "browse";
  self->searched = g_strdup ("");   /* the entry starts empty, as the first query */
  _vmc_attempts_page_update_actions (self);
}

GtkWidget *
vmc_attempts_page_new (void)
{
  return g_object_new (VMC_TYPE_ATTEMPTS_PAGE, NULL);
}
