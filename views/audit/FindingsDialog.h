#pragma once

#include "org/Organisation.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace kansa {

class RecordHistory;

class FieldworkService;
class OrganisationService;
class FindingTableModel;

// Every finding of an audit that the signed-in person may read, with filters by unit, severity and text, read as the
// list scrolls (FindingTableModel): an audit of hundreds of units opens as quickly as one of a few.
class FindingsDialog final : public QDialog
{
    Q_OBJECT

public:
    FindingsDialog(FieldworkService& fieldwork, OrganisationService& organisation, RecordHistory& history,
                   qint64 auditId, QWidget* parent = nullptr);

private:
    void reload();
    void openFinding(int row); // double-click: the finding, to read or edit

    FieldworkService& m_fieldwork;
    RecordHistory& m_history;
    qint64 m_auditId;
    QComboBox* m_unit;
    QComboBox* m_severity;
    QLineEdit* m_search;
    FindingTableModel* m_model;
    QTableView* m_table;
    QLabel* m_count;
};

} // namespace kansa
