/** The reader for plain and markdown-style text: headings, lists, pipe, HTML and tab-separated tables, page markers. */
@NullMarked
package org.councilpapers.extractors.read.text;

import org.jspecify.annotations.NullMarked;
