/** The reader for office and HTML formats: the only package that imports Tika. */
@NullMarked
package org.councilpapers.extractors.read.tika;

import org.jspecify.annotations.NullMarked;
