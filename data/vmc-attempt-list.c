/* vmc-attempt-list.c: the attempts that match a query, as a list model that loads its rows
 * as they are shown
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The query runs in a worker and gives the ids that match, newest first: that is all the
 * list holds at first, so 5,000 attempts cost 5,000 integers. An item asked for (a row the
 * list view shows) is a placeholder VmcAttempt at once; its figures are read in a worker, a
 * batch of the rows asked for at a time, and filled in (VmcAttempt:loaded). When the library
 * changes, the query runs again and the list changes only where the ids did (one attempt
 * added at the top is one item inserted); an attempt changed is read again in place.
 */
#define G_LOG_DOMAIN "vmc-attempt-list"

#include "config.h"

#include "vmc-attempt-list.h"

/* Rows read from the database in one go */
#define BATCH 200
/* Rows read with a query's ids, so that the first frame after a keystroke shows them (a
 * list view shows about this many; the rest are read as they are asked for) */
#define FIRST_PAGE 50

struct _VmcAttemptList
{
  GObject parent_instance;

  VmcLibrary   *library;
  gulong        changed_id;

  /* the query, owned */
  char         *search;
  GDateTime    *from;
  GDateTime    *until;
  int           min_score;
  int           max_score;
  guint         generation;     /* of the query: an older one's result is dropped */
  gboolean      finding;        /* a query is running */
  gboolean      find_again;     /* …and another one is wanted once it ends */

  GArray       *ids;            /* gint64, newest first */
  GHashTable   *attempts;       /* id -> VmcAttempt (owned): placeholders and loaded rows */
  GHashTable   *queued;         /* ids waiting to be read */
  gboolean      loading;        /* a batch is being read */
  gboolean      ready;          /* a query has given its result */
  GError       *error;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (VmcAttemptList, vmc_attempt_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_LIBRARY,
  PROP_N_ITEMS,
  PROP_READY,
  N_PROPS
};

enum {
  QUERY_DONE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void find (VmcAttemptList *self);
static void load_next (VmcAttemptList *self);

/* ---- GListModel ---- */

static GType
get_item_type (GListModel *model)
{
  return VMC_TYPE_ATTEMPT;
}

static guint
get_n_items (GListModel *model)
{
  return VMC_ATTEMPT_LIST (model)->ids->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  VmcAttempt *attempt = vmc_attempt_list_get_attempt (VMC_ATTEMPT_LIST (model), position);

  return attempt ? g_object_ref (attempt) : NULL;
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

/* ---- reading rows ---- */

static void
load_thread (GTask        *task,
             gpointer      source,
             gpointer      data,
             GCancellable *cancellable)
{
  VmcLibrary *library = VMC_ATTEMPT_LIST (source)->library;
  GArray *ids = data;
  GError *error = NULL;
  GPtrArray *rows = vmc_library_get_attempts (library, (const gint64 *)(void *)ids->data, ids->len, &error);

  if (rows)
    g_task_return_pointer (task, rows, (GDestroyNotify)g_ptr_array_unref);
  else
    g_task_return_error (task, error);
}

static void
loaded (GObject      *source,
        GAsyncResult *result,
        gpointer      data)
{
  VmcAttemptList *self = VMC_ATTEMPT_LIST (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = g_task_propagate_pointer (G_TASK (result), &error);

  self->loading = FALSE;
  if (rows == NULL)
    g_warning ("Could not read attempts: %s", error->message);
  for (guint i = 0; rows && i < rows->len; i++)
    {
      VmcAttempt *row = rows->pdata[i];
      VmcAttempt *shown = g_hash_table_lookup (self->attempts, &(gint64){ vmc_attempt_get_id (row) });

      if (shown)
        vmc_attempt_fill (shown, row);
    }
  load_next (self);
}

/* Reads the next batch of the rows asked for, one batch at a time */
static void
load_next (VmcAttemptList *self)
{
  g_autoptr(GTask) task = NULL;
  GArray *ids;
  GHashTableIter iter;
  gpointer key;

  if (self->loading || g_hash_table_size (self->queued) == 0)
    return;
  ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), BATCH);
  g_hash_table_iter_init (&iter, self->queued);
  while (ids->len < BATCH && g_hash_table_iter_next (&iter, &key, NULL))
    {
      g_array_append_val (ids, *(gint64 *)key);
      g_hash_table_iter_remove (&iter);
    }
  self->loading = TRUE;
  task = g_task_new (self, NULL, loaded, NULL);
  g_task_set_source_tag (task, load_next);
  g_task_set_name (task, "[vmc] read attempts");
  g_task_set_task_data (task, ids, (GDestroyNotify)g_array_unref);
  g_task_run_in_thread (task, load_thread);
}

static void
queue_load (VmcAttemptList *self,
            gint64          id)
{
  gint64 *key = g_new (gint64, 1);

  *key = id;
  g_hash_table_add (self->queued, key);
}

/**
 * vmc_attempt_list_get_attempt:
 *
 * Returns: (transfer none) (nullable): the attempt at @position: loaded, or a placeholder
 *   that is filled in soon (VmcAttempt:loaded)
 */
VmcAttempt *
vmc_attempt_list_get_attempt (VmcAttemptList *self,
                              guint           position)
{
  VmcAttempt *attempt;
  gint64 id;

  g_return_val_if_fail (VMC_IS_ATTEMPT_LIST (self), NULL);

  if (position >= self->ids->len)
    return NULL;
  id = g_array_index (self->ids, gint64, position);
  if ((attempt = g_hash_table_lookup (self->attempts, &id)) == NULL)
    {
      gint64 *key = g_new (gint64, 1);

      *key = id;
      attempt = vmc_attempt_new (id);
      g_hash_table_insert (self->attempts, key, attempt);
      queue_load (self, id);
      load_next (self);
    }
  return attempt;
}

/* ---- the query ---- */

typedef struct
{
  guint      generation;
  VmcQuery   query;
  char      *search;
  GPtrArray *first;     /* (element-type VmcAttempt): the first rows, read with the ids */
} Find;

static void
find_free (gpointer data)
{
  Find *f = data;

  g_clear_pointer (&f->first, g_ptr_array_unref);
  g_free (f->search);
  g_clear_pointer (&f->query.from, g_date_time_unref);
  g_clear_pointer (&f->query.until, g_date_time_unref);
  g_free (f);
}

static void
find_thread (GTask        *task,
             gpointer      source,
             gpointer      data,
             GCancellable *cancellable)
{
  VmcLibrary *library = VMC_ATTEMPT_LIST (source)->library;
  Find *f = data;
  GError *error = NULL;
  GArray *ids = vmc_library_find (library, &f->query, &error);

  /* the first rows too (a failure here only leaves them to be read as they are shown) */
  if (ids && ids->len > 0)
    f->first = vmc_library_get_attempts (library, (const gint64 *)(void *)ids->data,
                                         MIN (ids->len, FIRST_PAGE), NULL);
  if (ids)
    g_task_return_pointer (task, ids, (GDestroyNotify)g_array_unref);
  else
    g_task_return_error (task, error);
}

/* The ids of the list become @ids: one change for the run between what both begin and end
 * with (an attempt added at the top is one item inserted, not the list made again) */
static void
replace_ids (VmcAttemptList *self,
             GArray         *ids)
{
  g_autoptr(GArray) old = self->ids;
  guint head = 0, tail = 0;

  while (head < old->len && head < ids->len &&
         g_array_index (old, gint64, head) == g_array_index (ids, gint64, head))
    head++;
  while (tail < old->len - head && tail < ids->len - head &&
         g_array_index (old, gint64, old->len - 1 - tail) == g_array_index (ids, gint64, ids->len - 1 - tail))
    tail++;
  self->ids = g_array_ref (ids);
  if (head == old->len && head == ids->len)
    return;
  g_list_model_items_changed (G_LIST_MODEL (self), head, old->len - head - tail, ids->len - head - tail);
  if (old->len != ids->len)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

static void
found (GObject      *source,
       GAsyncResult *result,
       gpointer      data)
{
  VmcAttemptList *self = VMC_ATTEMPT_LIST (source);
  Find *f = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = g_task_propagate_pointer (G_TASK (result), &error);

  self->finding = FALSE;
  if (f->generation == self->generation)
    {
      g_clear_error (&self->error);
      /* the first rows in place before the list changes: no placeholder is shown for them */
      for (guint i = 0; f->first && i < f->first->len; i++)
        {
          VmcAttempt *row = f->first->pdata[i];
          gint64 id = vmc_attempt_get_id (row);
          VmcAttempt *shown = g_hash_table_lookup (self->attempts, &id);

          if (shown == NULL)
            g_hash_table_insert (self->attempts, g_memdup2 (&id, sizeof id), g_object_ref (row));
          else if (!vmc_attempt_is_loaded (shown))
            vmc_attempt_fill (shown, row);
          g_hash_table_remove (self->queued, &id);
        }
      if (ids)
        replace_ids (self, ids);
      else
        self->error = g_steal_pointer (&error);
      if (!self->ready)
        {
          self->ready = TRUE;
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READY]);
        }
      g_signal_emit (self, signals[QUERY_DONE], 0);
    }
  if (self->find_again)
    find (self);
}

/* Runs the query in a worker: one at a time, and only the latest one's result counts */
static void
find (VmcAttemptList *self)
{
  g_autoptr(GTask) task = NULL;
  Find *f;

  if (self->finding)
    {
      self->find_again = TRUE;
      return;
    }
  self->find_again = FALSE;
  self->finding = TRUE;
  f = g_new0 (Find, 1);
  f->generation = self->generation;
  vmc_query_init (&f->query);
  f->query.search = f->search = g_strdup (self->search);
  f->query.from = self->from ? g_date_time_ref (self->from) : NULL;
  f->query.until = self->until ? g_date_time_ref (self->until) : NULL;
  f->query.min_score = self->min_score;
  f->query.max_score = self->max_score;
  task = g_task_new (self, NULL, found, NULL);
  g_task_set_source_tag (task, find);
  g_task_set_name (task, "[vmc] find attempts");
  g_task_set_task_data (task, f, find_free);
  g_task_run_in_thread (task, find_thread);
}

/**
 * vmc_attempt_list_set_query:
 * @query: (nullable): what to show; every attempt when %NULL
 *
 * Looks for the attempts that match in a worker; the list changes when they are found
 * (::query-done).
 */
void
vmc_attempt_list_set_query (VmcAttemptList *self,
                            const VmcQuery *query)
{
  VmcQuery all;

  g_return_if_fail (VMC_IS_ATTEMPT_LIST (self));

  if (query == NULL)
    {
      vmc_query_init (&all);
      query = &all;
    }
  g_free (self->search);
  self->search = query->search && *query->search ? g_strdup (query->search) : NULL;
  g_clear_pointer (&self->from, g_date_time_unref);
  g_clear_pointer (&self->until, g_date_time_unref);
  self->from = query->from ? g_date_time_ref (query->from) : NULL;
  self->until = query->until ? g_date_time_ref (query->until) : NULL;
  self->min_score = query->min_score;
  self->max_score = query->max_score;
  self->generation++;
  find (self);
}

static void
on_library_changed (VmcLibrary     *library,
                    gint64          id,
                    VmcAttemptList *self)
{
  VmcAttempt *shown;

  /* an attempt changed is read again where it is; one deleted leaves with the query */
  if (id != 0 && (shown = g_hash_table_lookup (self->attempts, &id)))
    {
      queue_load (self, id);
      load_next (self);
    }
  self->generation++;
  find (self);
}

/* ---- the object ---- */

static void
vmc_attempt_list_dispose (GObject *object)
{
  VmcAttemptList *self = VMC_ATTEMPT_LIST (object);

  g_clear_signal_handler (&self->changed_id, self->library);
  g_clear_object (&self->library);
  G_OBJECT_CLASS (vmc_attempt_list_parent_class)->dispose (object);
}

static void
vmc_attempt_list_finalize (GObject *object)
{
  VmcAttemptList *self = VMC_ATTEMPT_LIST (object);

  g_free (self->search);
  g_clear_pointer (&self->from, g_date_time_unref);
  g_clear_pointer (&self->until, g_date_time_unref);
  g_array_unref (self->ids);
  g_hash_table_unref (self->attempts);
  g_hash_table_unref (self->queued);
  g_clear_error (&self->error);
  G_OBJECT_CLASS (vmc_attempt_list_parent_class)->finalize (object);
}

static void
vmc_attempt_list_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  VmcAttemptList *self = VMC_ATTEMPT_LIST (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      g_value_set_object (value, self->library);
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->ids->len);
      break;
    case PROP_READY:
      g_value_set_boolean (value, self->ready);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vmc_attempt_list_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  VmcAttemptList *self = VMC_ATTEMPT_LIST (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      self->library = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vmc_attempt_list_constructed (GObject *object)
{
  VmcAttemptList *self = VMC_ATTEMPT_LIST (object);

  G_OBJECT_CLASS (vmc_attempt_list_parent_class)->constructed (object);
  g_assert (self->library != NULL);
  self->changed_id = g_signal_connect (self->library, "changed", G_CALLBACK (on_library_changed), self);
}

static void
vmc_attempt_list_class_init (VmcAttemptListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = vmc_attempt_list_constructed;
  object_class->dispose = vmc_attempt_list_dispose;
  object_class->finalize = vmc_attempt_list_finalize;
  object_class->get_property = vmc_attempt_list_get_property;
  object_class->set_property = vmc_attempt_list_set_property;

  properties[PROP_LIBRARY] =
    g_param_spec_object ("library", NULL, NULL, VMC_TYPE_LIBRARY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_READY] =
    g_param_spec_boolean ("ready", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * VmcAttemptList::query-done:
   *
   * The latest query has given its result (the list has changed, or not, accordingly).
   */
  signals[QUERY_DONE] = g_signal_new ("query-done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                      0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
vmc_attempt_list_init (VmcAttemptList *self)
{
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->attempts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->queued = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->min_score = 0;
  self->max_score = 100;
}

/**
 * vmc_attempt_list_new:
 *
 * Every attempt of @library, newest first (once found: VmcAttemptList:ready); see
 * vmc_attempt_list_set_query() for fewer.
 */
VmcAttemptList *
vmc_attempt_list_new (VmcLibrary *library)
{
  VmcAttemptList *self;

  g_return_val_if_fail (VMC_IS_LIBRARY (library), NULL);

  self = g_object_new (VMC_TYPE_ATTEMPT_LIST, "library", library, NULL);
  find (self);
  return self;
}

VmcLibrary *
vmc_attempt_list_get_library (VmcAttemptList *self)
{
  g_return_val_if_fail (VMC_IS_ATTEMPT_LIST (self), NULL);
  return self->library;
}

/* Whether a query has given its result yet (until then the list is empty for no reason) */
gboolean
vmc_attempt_list_get_ready (VmcAttemptList *self)
{
  g_return_val_if_fail (VMC_IS_ATTEMPT_LIST (self), FALSE);
  return self->ready;
}

/* Returns: (nullable): why the latest query failed */
const GError *
vmc_attempt_list_get_error (VmcAttemptList *self)
{
  g_return_val_if_fail (VMC_IS_ATTEMPT_LIST (self), NULL);
  return self->error;
}

/* Returns: the position of attempt @id, or G_MAXUINT when it is not listed */
guint
vmc_attempt_list_find (VmcAttemptList *self,
                       gint64          id)
{
  g_return_val_if_fail (VMC_IS_ATTEMPT_LIST (self), G_MAXUINT);

  for (guint i = 0; i < self->ids->len; i++)
    if (g_array_index (self->ids, gint64, i) == id)
      return i;
  return G_MAXUINT;
}
