/** File names people upload, made safe to store and to send back ({@link org.crossfield.platform.files.FileNames}). */
@org.springframework.modulith.NamedInterface("files")
package org.crossfield.platform.files;
