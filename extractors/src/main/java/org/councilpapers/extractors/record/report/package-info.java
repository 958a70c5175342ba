/**
 * The report family: officer reports' covers ({@code report}, and the meeting a report is written for) and the
 * {@code recommendation}s a report, a proposed decision or an inspection puts to a committee.
 */
@NullMarked
package org.councilpapers.extractors.record.report;

import org.jspecify.annotations.NullMarked;
