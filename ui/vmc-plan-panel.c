/* vmc-plan-panel.c: the plan for the next call, beside the recorder (tip 1)
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Eight short fields, each kept in GSettings as it is typed, so the plan is there the next
 * time. The analysis gets it as a VmcPlan; a callback number that is not a phone number is
 * marked and left out of the plan (the rest still counts).
 */
#define G_LOG_DOMAIN "vmc-plan-panel"

#include "config.h"

#include <json-glib/json-glib.h>

#include "vmc-plan-panel.h"

struct _VmcPlanPanel
{
  GtkWidget parent_instance;

  GtkWidget *scroller;
  AdwEntryRow *caller_name;
  AdwEntryRow *company;
  AdwEntryRow *callback_number;
  AdwEntryRow *alternate_contact;
  AdwEntryRow *recipient;
  AdwEntryRow *goal;
  AdwEntryRow *ask;
  AdwEntryRow *rapport;
  GtkLabel *number_problem;

  GSettings *settings;
};

G_DEFINE_FINAL_TYPE (VmcPlanPanel, vmc_plan_panel, GTK_TYPE_WIDGET)

/* field in the plan file, settings key, row */
#define N_FIELDS 8

static void
fields (VmcPlanPanel *self,
        const char   *names[N_FIELDS],
        const char   *keys[N_FIELDS],
        AdwEntryRow  *rows[N_FIELDS])
{
  const char *n[] = { "caller_name", "company", "callback_number", "alternate_contact",
                      "recipient", "goal", "ask", "rapport" };
  const char *k[] = { "caller-name", "company", "callback-number", "alternate-contact",
                      "recipient", "goal", "ask", "rapport" };
  AdwEntryRow *r[] = { self->caller_name, self->company, self->callback_number,
                       self->alternate_contact, self->recipient, self->goal, self->ask,
                       self->rapport };

  for (guint i = 0; i < N_FIELDS; i++)
    {
      names[i] = n[i];
      keys[i] = k[i];
      rows[i] = r[i];
    }
}

static void
check_number (VmcPlanPanel *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->callback_number));
  g_autoptr(GError) error = NULL;
  g_autofree char *digits = NULL;

  if (*text && !(digits = vmc_plan_normalize_number (text, &error)))
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->callback_number), "error");
      gtk_label_set_text (self->number_problem, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->number_problem), TRUE);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->callback_number), "error");
      gtk_widget_set_visible (GTK_WIDGET (self->number_problem), FALSE);
    }
}

/**
 * vmc_plan_panel_get_plan:
 *
 * Returns: (transfer full) (nullable): the plan as filled in, %NULL when it is empty
 */
VmcPlan *
vmc_plan_panel_get_plan (VmcPlanPanel *self)
{
  const char *names[N_FIELDS], *keys[N_FIELDS];
  AdwEntryRow *rows[N_FIELDS];
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *data = NULL;
  gboolean any = FALSE;

  g_return_val_if_fail (VMC_IS_PLAN_PANEL (self), NULL);

  fields (self, names, keys, rows);
  json_builder_begin_object (b);
  for (guint i = 0; i < N_FIELDS; i++)
    {
      g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (rows[i]))));
      g_autofree char *digits = NULL;

      if (*text == '\0')
        continue;
      if (rows[i] == self->callback_number && !(digits = vmc_plan_normalize_number (text, NULL)))
        continue;   /* marked in the panel; the rest of the plan still counts */
      json_builder_set_member_name (b, names[i]);
      json_builder_add_string_value (b, text);
      any = TRUE;
    }
  json_builder_end_object (b);
  if (!any)
    return NULL;
  root = json_builder_get_root (b);
  data = json_to_string (root, FALSE);
  return vmc_plan_load_data (data, -1, NULL);
}

/**
 * vmc_plan_panel_set_plan:
 * @plan: (nullable): a plan (an attempt's, to practise again); %NULL empties the panel
 *
 * Fills the fields with @plan as the rep wrote it (each field kept, as when typed).
 */
void
vmc_plan_panel_set_plan (VmcPlanPanel  *self,
                         const VmcPlan *plan)
{
  const char *names[N_FIELDS], *keys[N_FIELDS];
  AdwEntryRow *rows[N_FIELDS];

  g_return_if_fail (VMC_IS_PLAN_PANEL (self));

  fields (self, names, keys, rows);
  for (guint i = 0; i < N_FIELDS; i++)
    {
      const char *text = plan ? vmc_plan_get_written (plan, names[i]) : NULL;

      gtk_editable_set_text (GTK_EDITABLE (rows[i]), text ? text : "");
    }
  check_number (self);
}

static void
vmc_plan_panel_dispose (GObject *object)
{
  VmcPlanPanel *self = VMC_PLAN_PANEL (object);

  g_clear_object (&self->settings);
  gtk_widget_dispose_template (GTK_WIDGET (self), VMC_TYPE_PLAN_PANEL);
  G_OBJECT_CLASS (vmc_plan_panel_parent_class)->dispose (object);
}

static void
vmc_plan_panel_class_init (VmcPlanPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vmc_plan_panel_dispose;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/vmcoach/VoicemailCoach/vmc-plan-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, VmcPlanPanel, scroller);
  gtk_widget_class_bind_template_child (widget_class, VmcPlanPanel, caller_name);
  gtk_widget_class_bind_template_child (widget_class, VmcPlanPanel, company);
  gtk_widget_class_bind_template_child (widget_class, VmcPlanPanel, callback_number);
  gtk_widget_class_bind_template_child (widget_class, VmcPlanPanel, alternate_contact);
  gtk_widget_class_bind_template_child (widget_class, VmcPlanPanel, recipient);
  gtk_widget_class_bind_template_child (widget_class, VmcPlanPanel, goal);
  gtk_widget_class_bind_template_child (widget_class, VmcPlanPanel, ask);
  gtk_widget_class_bind_template_child (widget_class, VmcPlanPanel, rapport);
  gtk_widget_class_bind_template_child (widget_class, VmcPlanPanel, number_problem);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
vmc_plan_panel_init (VmcPlanPanel *self)
{
  const char *names[N_FIELDS], *keys[N_FIELDS];
  AdwEntryRow *rows[N_FIELDS];

  gtk_widget_init_template (GTK_WIDGET (self));
  self->settings = g_settings_new (APPLICATION_ID);
  fields (self, names, keys, rows);
  for (guint i = 0; i < N_FIELDS; i++)
    {
      GtkEditable *text = gtk_editable_get_delegate (GTK_EDITABLE (rows[i]));

      /* as long as a plan file may hold (a paste of pages would otherwise be taken in) */
      if (GTK_IS_TEXT (text))
        gtk_text_set_max_length (GTK_TEXT (text), (int)vmc_plan_field_max_chars (names[i]));
      g_settings_bind (self->settings, keys[i], rows[i], "text", G_SETTINGS_BIND_DEFAULT);
      gtk_accessible_update_property (GTK_ACCESSIBLE (rows[i]), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      adw_preferences_row_get_title (ADW_PREFERENCES_ROW (rows[i])), -1);
    }
  g_signal_connect_swapped (self->callback_number, "changed", G_CALLBACK (check_number), self);
  check_number (self);
}
