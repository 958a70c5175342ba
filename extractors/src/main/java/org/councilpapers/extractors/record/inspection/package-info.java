/**
 * The inspection family: inspectorate judgements (grade tables, matrices, stated grades) and findings, with the facts of
 * the inspection (inspectorate, framework, dates, subject authority) read once per paper.
 */
@NullMarked
package org.councilpapers.extractors.record.inspection;

import org.jspecify.annotations.NullMarked;
