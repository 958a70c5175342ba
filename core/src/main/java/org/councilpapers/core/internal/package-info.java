/** Helpers for the project's own modules (hashing, list copies, a lazy holder); not API, may change without notice. */
@NullMarked
package org.councilpapers.core.internal;

import org.jspecify.annotations.NullMarked;
