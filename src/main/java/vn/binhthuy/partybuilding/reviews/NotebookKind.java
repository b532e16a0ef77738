package vn.binhthuy.partybuilding.reviews;

/** What a notebook entry records: a strength or a shortcoming (ưu điểm, hạn chế). */
public enum NotebookKind { STRENGTH, SHORTCOMING }
