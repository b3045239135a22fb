/**
 * The UniversalPetrarch validation records ({@code PETR_Validate_records_2_02.xml}): reading
 * them ({@link org.dyad.eval.validation.ValidationReader}), coding each evaluated sentence and
 * counting the expected codings reproduced ({@link org.dyad.eval.validation.ValidationRun}).
 */
package org.dyad.eval.validation;
