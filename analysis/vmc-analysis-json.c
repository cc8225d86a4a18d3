/* vmc-analysis-json.c: an analysis as JSON (the format of ../shared/corpus/README.md), and back
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Written by `analyze --json`, kept beside every attempt, and read back to show an attempt
 * again without analysing it again: the words, the elements, the tips with their evidence,
 * the metrics and the score come back as they were written.
 */
#define G_LOG_DOMAIN "vmc-analysis"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "vmc-analysis.h"
#include "vmc-json.h"

static double
round2 (double x)
{
  return round (x * 100.0) / 100.0;
}

static void
add_double (JsonBuilder *b,
            const char  *name,
            double       value)
{
  json_builder_set_member_name (b, name);
  json_builder_add_double_value (b, round2 (value));
}

/**
 * vmc_analysis_to_json:
 *
 * Returns: (transfer full): the analysis as the JSON object of the corpus README
 */
char *
vmc_analysis_to_json (const VmcAnalysis *self,
                      gboolean           pretty)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  const VmcMetrics *m = &self->metrics;

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "file");
  json_builder_add_string_value (b, self->file ? self->file : "");
  add_double (b, "duration", self->duration);

  json_builder_set_member_name (b, "words");
  json_builder_begin_array (b);
  for (guint i = 0; i < self->words->len; i++)
    {
      const VmcWord *w = g_ptr_array_index (self->words, i);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "word");
      json_builder_add_string_value (b, w->word);
      add_double (b, "start", w->start);
      add_double (b, "end", w->end);
      add_double (b, "confidence", w->confidence);
      if (w->filler)
        {
          json_builder_set_member_name (b, "filler");
          json_builder_add_boolean_value (b, TRUE);
        }
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "elements");
  json_builder_begin_array (b);
  for (guint i = 0; i < self->elements->len; i++)
    {
      const VmcElement *e = g_ptr_array_index (self->elements, i);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "kind");
      json_builder_add_string_value (b, vmc_element_kind_to_string (e->kind));
      json_builder_set_member_name (b, "first_word");
      json_builder_add_int_value (b, e->first_word);
      json_builder_set_member_name (b, "last_word");
      json_builder_add_int_value (b, e->last_word);
      add_double (b, "start", e->start);
      add_double (b, "end", e->end);
      json_builder_set_member_name (b, "text");
      json_builder_add_string_value (b, e->text);
      if (e->digits)
        {
          json_builder_set_member_name (b, "digits");
          json_builder_add_string_value (b, e->digits);
        }
      if (e->extension)
        {
          json_builder_set_member_name (b, "extension");
          json_builder_add_string_value (b, e->extension);
        }
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "tips");
  json_builder_begin_array (b);
  for (int i = 0; i < VMC_N_TIPS; i++)
    {
      const VmcTip *t = &self->tips[i];

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "id");
      json_builder_add_string_value (b, vmc_tip_id_to_string (t->id));
      json_builder_set_member_name (b, "verdict");
      json_builder_add_string_value (b, vmc_verdict_to_string (t->verdict));
      json_builder_set_member_name (b, "message");
      json_builder_add_string_value (b, t->message);
      json_builder_set_member_name (b, "at");
      if (t->at >= 0)
        json_builder_add_double_value (b, round2 (t->at));
      else
        json_builder_add_null_value (b);
      if (t->first_word >= 0)
        {
          json_builder_set_member_name (b, "first_word");
          json_builder_add_int_value (b, t->first_word);
          json_builder_set_member_name (b, "last_word");
          json_builder_add_int_value (b, t->last_word);
        }
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "metrics");
  json_builder_begin_object (b);
  add_double (b, "duration", m->duration);
  add_double (b, "speech_seconds", m->speech_seconds);
  json_builder_set_member_name (b, "words");
  json_builder_add_int_value (b, m->n_words);
  add_double (b, "words_per_minute", m->words_per_minute);
  json_builder_set_member_name (b, "fillers");
  json_builder_add_int_value (b, m->fillers);
  add_double (b, "longest_pause", m->longest_pause);
  add_double (b, "number_digits_per_second", m->number_digits_per_second);
  add_double (b, "closing_digits_per_second", m->closing_digits_per_second);
  add_double (b, "pitch_range_semitones", m->pitch_range_st);
  add_double (b, "pitch_stddev_semitones", m->pitch_stddev_st);
  add_double (b, "pitch_median_hz", m->pitch_median_hz);
  add_double (b, "energy_stddev_db", m->energy_stddev_db);
  add_double (b, "voiced_seconds", m->voiced_seconds);
  json_builder_end_object (b);

  json_builder_set_member_name (b, "score");
  json_builder_add_int_value (b, self->score);
  json_builder_end_object (b);

  root = json_builder_get_root (b);
  return vmc_json_to_string (root, pretty);
}


/* ---- reading it back ---------------------------------------------------------------------- */

static gboolean
bad (GError     **error,
     const char  *what)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
               _("The saved analysis is damaged (%s). Analyse the recording again."), what);
  return FALSE;
}

static double
member_double (JsonObject *o,
               const char *name,
               double      fallback)
{
  JsonNode *n = json_object_get_member (o, name);

  if (n == NULL || !JSON_NODE_HOLDS_VALUE (n))
    return fallback;
  return json_node_get_double (n);
}

static JsonArray *
member_array (JsonObject *o,
              const char *name)
{
  JsonNode *n = json_object_get_member (o, name);

  return n && JSON_NODE_HOLDS_ARRAY (n) ? json_node_get_array (n) : NULL;
}

static JsonObject *
member_object (JsonObject *o,
               const char *name)
{
  JsonNode *n = json_object_get_member (o, name);

  return n && JSON_NODE_HOLDS_OBJECT (n) ? json_node_get_object (n) : NULL;
}

static gint64
member_int (JsonObject *o,
            const char *name,
            gint64      fallback)
{
  JsonNode *n = json_object_get_member (o, name);

  if (n == NULL || !JSON_NODE_HOLDS_VALUE (n))
    return fallback;
  return json_node_get_int (n);
}

static gboolean
member_boolean (JsonObject *o,
                const char *name)
{
  JsonNode *n = json_object_get_member (o, name);

  return n && JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_BOOLEAN &&
         json_node_get_boolean (n);
}

/* The @i-th element of @array when it is an object */
static JsonObject *
object_at (JsonArray *array,
           guint      i)
{
  JsonNode *n = json_array_get_element (array, i);

  return n && JSON_NODE_HOLDS_OBJECT (n) ? json_node_get_object (n) : NULL;
}

static const char *
member_string (JsonObject *o,
               const char *name)
{
  JsonNode *n = json_object_get_member (o, name);

  if (n == NULL || !JSON_NODE_HOLDS_VALUE (n) || json_node_get_value_type (n) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (n);
}

static gboolean
read_words (VmcAnalysis  *self,
            JsonArray    *array,
            GError      **error)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *o = object_at (array, i);
      const char *word = o ? member_string (o, "word") : NULL;
      VmcWord *w;

      if (word == NULL)
        return bad (error, _("a word without its text"));
      w = vmc_word_new (word, member_double (o, "start", 0), member_double (o, "end", 0),
                        member_double (o, "confidence", 1));
      w->filler = member_boolean (o, "filler");
      g_ptr_array_add (self->words, w);
    }
  return TRUE;
}

static gboolean
kind_from_string (const char     *id,
                  VmcElementKind *kind)
{
  for (VmcElementKind k = 0; id && k < VMC_N_ELEMENT_KINDS; k++)
    if (strcmp (vmc_element_kind_to_string (k), id) == 0)
      {
        *kind = k;
        return TRUE;
      }
  return FALSE;
}

static gboolean
read_elements (VmcAnalysis  *self,
               JsonArray    *array,
               GError      **error)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *o = object_at (array, i);
      g_autoptr(VmcElement) e = g_new0 (VmcElement, 1);
      gint64 first, last;

      /* a kind a later version added is left out, not a reason to refuse the rest */
      if (o == NULL || !kind_from_string (member_string (o, "kind"), &e->kind))
        continue;
      first = member_int (o, "first_word", -1);
      last = member_int (o, "last_word", -1);
      if (first < 0 || last < first || last >= self->words->len)
        return bad (error, _("an element outside the words"));
      e->first_word = (guint)first;
      e->last_word = (guint)last;
      e->start = member_double (o, "start", 0);
      e->end = member_double (o, "end", 0);
      e->text = g_strdup (member_string (o, "text") ? member_string (o, "text") : "");
      e->digits = g_strdup (member_string (o, "digits"));
      e->extension = g_strdup (member_string (o, "extension"));
      e->n_heard = e->digits ? (guint)strlen (e->digits) : 0;
      g_ptr_array_add (self->elements, g_steal_pointer (&e));
    }
  return TRUE;
}

static gboolean
read_tips (VmcAnalysis  *self,
           JsonArray    *array,
           GError      **error)
{
  gboolean seen[VMC_N_TIPS] = { FALSE };

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *o = object_at (array, i);
      const char *key = o ? member_string (o, "id") : NULL;
      const char *verdict = o ? member_string (o, "verdict") : NULL;
      int id = -1, v = -1;
      VmcTip *t;

      for (int k = 0; key && k < VMC_N_TIPS; k++)
        if (strcmp (vmc_tip_id_to_string (k), key) == 0)
          id = k;
      for (int k = 0; verdict && k <= VMC_VERDICT_SKIP; k++)
        if (strcmp (vmc_verdict_to_string (k), verdict) == 0)
          v = k;
      if (id < 0 || v < 0)
        continue;   /* a tip of a later version */
      t = &self->tips[id];
      t->verdict = v;
      g_free (t->message);
      t->message = g_strdup (member_string (o, "message") ? member_string (o, "message") : "");
      t->at = member_double (o, "at", -1);
      t->first_word = (int)member_int (o, "first_word", -1);
      t->last_word = (int)member_int (o, "last_word", -1);
      if (t->first_word >= (int)self->words->len || t->last_word >= (int)self->words->len)
        t->first_word = t->last_word = -1;
      seen[id] = TRUE;
    }
  for (int k = 0; k < VMC_N_TIPS; k++)
    if (!seen[k])
      return bad (error, _("a tip is missing"));
  return TRUE;
}

static void
read_metrics (VmcAnalysis *self,
              JsonObject  *o)
{
  VmcMetrics *m = &self->metrics;

  m->duration = member_double (o, "duration", self->duration);
  m->speech_seconds = member_double (o, "speech_seconds", 0);
  m->n_words = (guint)member_int (o, "words", 0);
  m->words_per_minute = member_double (o, "words_per_minute", 0);
  m->fillers = (guint)member_int (o, "fillers", 0);
  m->longest_pause = member_double (o, "longest_pause", 0);
  m->number_digits_per_second = member_double (o, "number_digits_per_second", 0);
  m->closing_digits_per_second = member_double (o, "closing_digits_per_second", 0);
  m->pitch_range_st = member_double (o, "pitch_range_semitones", 0);
  m->pitch_stddev_st = member_double (o, "pitch_stddev_semitones", 0);
  m->pitch_median_hz = member_double (o, "pitch_median_hz", 0);
  m->energy_stddev_db = member_double (o, "energy_stddev_db", 0);
  m->voiced_seconds = member_double (o, "voiced_seconds", 0);
}

/**
 * vmc_analysis_new_from_json:
 * @data: an analysis as vmc_analysis_to_json() wrote it
 * @length: its length, or -1 when nul-terminated
 * @error: a #G_IO_ERROR_INVALID_DATA that says to analyse the recording again
 *
 * Reads a saved analysis back as it was (nothing is judged again).
 *
 * Returns: (transfer full): the analysis, or %NULL
 */
VmcAnalysis *
vmc_analysis_new_from_json (const char  *data,
                            gssize       length,
                            GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(VmcAnalysis) self = NULL;
  g_autoptr(GError) local = NULL;
  JsonNode *root;
  JsonObject *o;
  JsonArray *words, *elements, *tips;
  JsonObject *metrics;
  const char *file;

  g_return_val_if_fail (data != NULL, NULL);

  if (!json_parser_load_from_data (parser, data, length, &local))
    {
      bad (error, local->message);
      return NULL;
    }
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      bad (error, _("not an object"));
      return NULL;
    }
  o = json_node_get_object (root);
  words = member_array (o, "words");
  elements = member_array (o, "elements");
  tips = member_array (o, "tips");
  metrics = member_object (o, "metrics");
  if (!words || !elements || !tips || !metrics)
    {
      bad (error, _("words, elements, tips or metrics missing"));
      return NULL;
    }

  self = vmc_analysis_new_empty ();
  file = member_string (o, "file");
  self->file = file && *file ? g_strdup (file) : NULL;
  self->duration = member_double (o, "duration", 0);
  self->score = (int)CLAMP (member_int (o, "score", 0), 0, 100);
  if (!read_words (self, words, error) || !read_elements (self, elements, error) ||
      !read_tips (self, tips, error))
    return NULL;
  read_metrics (self, metrics);
  return g_steal_pointer (&self);
}
