/** Safe CSV cells for every export ({@link org.crossfield.platform.csv.CsvCells}). */
@org.springframework.modulith.NamedInterface("csv")
package org.crossfield.platform.csv;
