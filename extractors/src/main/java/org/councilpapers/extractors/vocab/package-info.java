/** The words of council papers shared by extractors: grades, RAG words, UK date forms, roles. */
@NullMarked
package org.councilpapers.extractors.vocab;

import org.jspecify.annotations.NullMarked;
