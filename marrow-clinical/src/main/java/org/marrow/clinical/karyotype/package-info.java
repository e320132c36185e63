/**
 * Karyotypes written in ISCN (An International System for Human Cytogenomic Nomenclature, 2020): a
 * reader of the part of the notation a trial's eligibility needs ({@link Karyotype#parse}), and the
 * rule "clonal karyotypic abnormality other than del(20q), +8 and -Y" of document 002's exclusion
 * criteria ({@link ClonalAbnormalityRule}).
 */
package org.marrow.clinical.karyotype;
