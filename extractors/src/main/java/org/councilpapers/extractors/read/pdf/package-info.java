/** The PDF reader: the only package that imports PDFBox. */
@NullMarked
package org.councilpapers.extractors.read.pdf;

import org.jspecify.annotations.NullMarked;
