package org.candour.attachments;

import org.springframework.core.io.InputStreamSource;

/**
 * A file as it arrives: the name it was sent with, its size, and its content (which may
 * be read more than once, as a multipart file or a byte array resource can).
 */
public record Upload(String fileName, long size, InputStreamSource content) {

}
