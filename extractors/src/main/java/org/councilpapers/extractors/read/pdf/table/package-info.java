/**
 * Table finders for PDF pages. They see plain page geometry (glyphs, ruling lines, filled rectangles) and
 * never a PDFBox type, so they are tested on geometry built in code.
 */
@NullMarked
package org.councilpapers.extractors.read.pdf.table;

import org.jspecify.annotations.NullMarked;
