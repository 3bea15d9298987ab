#include "OrganisationPage.h"

#include "common/Error.h"
#include "common/MessageBox.h"
#include "exchange/OutputFile.h"
#include "exchange/PeopleCsvImport.h"
#include "exchange/UnitCsvImport.h"
#include "org/CsvImportDialog.h"
#include "org/OrganisationService.h"
#include "org/PeopleTableModel.h"
#include "org/PersonDialog.h"
#include "org/UnitTreeModel.h"
#include "settings/AppSettings.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

QString stampText(const RowStamp& stamp)
{
    if (!stamp.version)
        return {};
    const QDateTime at = stamp.updatedAt.toLocalTime();
    return OrganisationPage::tr("Last changed by %1, %2 %3")
        .arg(stamp.updatedBy, formatDate(at.date()), at.time().toString(u"HH:mm"_s));
}

QPushButton* button(const QString& text, const QString& name, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

} // namespace

OrganisationPage::OrganisationPage(OrganisationService& service, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_unitModel(new UnitTreeModel(service, this))
    , m_peopleModel(new PeopleTableModel(service, this))
    , m_peopleFilter(new PeopleFilterModel(this))
{
    setObjectName(u"organisationPage"_s);
    m_peopleFilter->setSourceModel(m_peopleModel);
    connect(m_unitModel, &UnitTreeModel::errorOccurred, this,
            [this](const QString& message) { MessageBox::error(this, tr("Organisation"), message); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createOrganisationBox());
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(u"organisationTabs"_s);
    tabs->addTab(createUnitsTab(), tr("&Units"));
    tabs->addTab(createPeopleTab(), tr("&People"));
    tabs->addTab(createFiscalYearsTab(), tr("&Fiscal years"));
    layout->addWidget(tabs, 1);

    connect(&service, &OrganisationService::organisationChanged, this, &OrganisationPage::loadOrganisation);
    connect(&service, &OrganisationService::fiscalYearsChanged, this, &OrganisationPage::reloadFiscalYears);
    loadOrganisation();
    reloadFiscalYears();
    if (m_unitModel->rowCount() > 0)
        m_unitTree->setCurrentIndex(m_unitModel->index(0, 0));

    const bool editable = service.session().canManageOrganisation();
    const QList<QPushButton*> buttons = findChildren<QPushButton*>();
    for (QPushButton* b : buttons)
        b->setEnabled(editable);
}

void OrganisationPage::run(const std::function<void()>& change)
{
    try {
        change();
    } catch (const Error& error) {
        MessageBox::error(this, tr("Organisation"), error.message());
    }
}

QWidget* OrganisationPage::createOrganisationBox()
{
    auto* box = new QGroupBox(tr("Organisation"), this);
    m_orgName = new QLineEdit(box);
    m_orgName->setObjectName(u"organisationName"_s);
    m_orgKind = new QComboBox(box);
    m_orgKind->setObjectName(u"organisationKind"_s);
    for (const QString& key : OrganisationKinds::keys())
        m_orgKind->addItem(OrganisationKinds::name(key), key);
    m_marking = new QLineEdit(box);
    m_marking->setObjectName(u"classificationMarking"_s);
    m_marking->setToolTip(tr("Printed on every page of the reports (対策基準 2(2)②)."));
    m_evidenceLimit = new QSpinBox(box);
    m_evidenceLimit->setObjectName(u"evidenceFileLimit"_s);
    m_evidenceLimit->setRange(1, 1024);
    m_evidenceLimit->setSuffix(u" MB"_s);
    m_evidenceLimit->setToolTip(tr("The largest evidence file kept in the database (set by the administrator)."));
    m_evidenceLimit->setEnabled(m_service.session().administrator);
    m_letterhead = new QLabel(box);
    m_letterhead->setObjectName(u"letterheadName"_s);
    auto* chooseLetterhead = button(tr("Set template…"), u"setLetterhead"_s, box);
    chooseLetterhead->setToolTip(tr("A Word (DOCX) or OpenDocument (ODT) document whose cover, header and footer the "
                                    "reports start from, with placeholders such as {{団体名}} and {{文書番号}}."));
    auto* standardLetterhead = button(tr("Standard"), u"clearLetterhead"_s, box);
    auto* saveTemplate = button(tr("Export the standard…"), u"saveLetterheadTemplate"_s, box);
    saveTemplate->setToolTip(tr("Saves the standard letterhead as a DOCX template to start your own from."));
    connect(chooseLetterhead, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Letterhead template"), QString(),
                                                          tr("Word or OpenDocument (*.docx *.odt)"));
        if (!path.isEmpty())
            setLetterhead(path);
    });
    connect(standardLetterhead, &QPushButton::clicked, this, [this] { setLetterhead({}); });
    connect(saveTemplate, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Letterhead template"), u"letterhead.docx"_s,
                                                          tr("Word document (*.docx)"));
        if (!path.isEmpty())
            run([&] { OutputFile::write(path, ReportLetterhead::standardTemplate()); });
    });
    m_orgStamp = new QLabel(box);
    auto* save = button(tr("Save"), u"saveOrganisation"_s, box);
    connect(save, &QPushButton::clicked, this, &OrganisationPage::saveOrganisation);

    auto* lines = new QVBoxLayout(box);
    auto* row = new QHBoxLayout;
    auto* form = new QFormLayout;
    form->addRow(tr("Name:"), m_orgName);
    form->addRow(tr("Kind:"), m_orgKind);
    row->addLayout(form, 2);
    auto* form2 = new QFormLayout;
    form2->addRow(tr("Classification marking:"), m_marking);
    form2->addRow(tr("Evidence files up to:"), m_evidenceLimit);
    form2->addRow(QString(), m_orgStamp);
    row->addLayout(form2, 2);
    row->addWidget(save, 0, Qt::AlignTop);
    lines->addLayout(row);
    auto* letterheadRow = new QHBoxLayout;
    letterheadRow->addWidget(new QLabel(tr("Letterhead:"), box));
    letterheadRow->addWidget(m_letterhead);
    letterheadRow->addWidget(chooseLetterhead);
    letterheadRow->addWidget(standardLetterhead);
    letterheadRow->addWidget(saveTemplate);
    letterheadRow->addStretch();
    lines->addLayout(letterheadRow);
    return box;
}

void OrganisationPage::loadOrganisation()
{
    run([this] {
        const Organisation organisation = m_service.organisation();
        m_orgName->setText(organisation.name);
        m_orgKind->setCurrentIndex(std::max(0, m_orgKind->findData(organisation.kind)));
        m_marking->setText(organisation.classificationMarking);
        m_orgStamp->setText(stampText(organisation.stamp));
        m_evidenceLimit->setValue(static_cast<int>(m_service.evidenceFileLimit() / (1024 * 1024)));
        const ReportLetterhead letterhead = m_service.letterhead();
        m_letterhead->setText(letterhead.fileName.isEmpty() ? tr("Standard") : letterhead.fileName);
    });
}

bool OrganisationPage::setLetterhead(const QString& path)
{
    bool done = false;
    run([&] {
        QByteArray content;
        if (!path.isEmpty()) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                throw Error(tr("Cannot read %1: %2").arg(path, file.errorString()));
            content = file.read(ReportLetterhead::MaxBytes + 1); // a larger file is refused, its limit named
        }
        m_service.setLetterhead(QFileInfo(path).fileName(), content, m_service.organisation().stamp.version);
        done = true;
    });
    return done;
}

void OrganisationPage::saveOrganisation()
{
    run([this] {
        Organisation organisation = m_service.organisation();
        // The version shown is the one read when the page loaded or was last saved.
        organisation.name = m_orgName->text();
        organisation.kind = m_orgKind->currentData().toString();
        organisation.classificationMarking = m_marking->text();
        m_service.updateOrganisation(organisation);
        if (m_service.session().administrator)
            m_service.setEvidenceFileLimit(qint64(m_evidenceLimit->value()) * 1024 * 1024);
    });
}

QWidget* OrganisationPage::createUnitsTab()
{
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);
    auto* tools = new QHBoxLayout;
    auto* addTop = button(tr("Add unit"), u"addUnit"_s, tab);
    auto* addChild = button(tr("Add sub-unit"), u"addSubUnit"_s, tab);
    auto* remove = button(tr("Remove"), u"removeUnit"_s, tab);
    auto* import = button(tr("Import CSV…"), u"importUnits"_s, tab);
    connect(addTop, &QPushButton::clicked, this, [this] { addUnit(false); });
    connect(addChild, &QPushButton::clicked, this, [this] { addUnit(true); });
    connect(remove, &QPushButton::clicked, this, &OrganisationPage::removeSelectedUnit);
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = chooseCsv();
        if (!path.isEmpty())
            importUnits(path);
    });
    tools->addWidget(addTop);
    tools->addWidget(addChild);
    tools->addWidget(remove);
    tools->addStretch();
    tools->addWidget(import);
    layout->addLayout(tools);

    auto* splitter = new QSplitter(tab);
    m_unitTree = new QTreeView(splitter);
    m_unitTree->setObjectName(u"unitTree"_s);
    m_unitTree->setModel(m_unitModel);
    m_unitTree->setDragDropMode(QAbstractItemView::InternalMove);
    m_unitTree->setDefaultDropAction(Qt::MoveAction);
    m_unitTree->setDropIndicatorShown(true);
    m_unitTree->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_unitTree->header()->setSectionResizeMode(UnitTreeModel::NameColumn, QHeaderView::Stretch);
    m_unitTree->header()->setStretchLastSection(false);
    m_unitTree->expandAll();
    // The model rebuilds itself after every change: keep the tree open and the selection where it was.
    connect(m_unitModel, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const QModelIndex current = m_unitTree->currentIndex();
        m_unitTree->setProperty("selectedUnit", current.isValid() ? current.data(UnitTreeModel::UnitIdRole) : 0);
    });
    connect(m_unitModel, &QAbstractItemModel::modelReset, this, [this] {
        m_unitTree->expandAll();
        const QModelIndex index = m_unitModel->indexOf(m_unitTree->property("selectedUnit").toLongLong());
        if (index.isValid())
            m_unitTree->setCurrentIndex(index);
        refillUnitFilter();
        showSelectedUnit();
    });
    connect(m_unitTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &OrganisationPage::showSelectedUnit);

    auto* detail = new QGroupBox(tr("Selected unit"), splitter);
    auto* form = new QFormLayout(detail);
    m_unitName = new QLineEdit(detail);
    m_unitName->setObjectName(u"unitName"_s);
    m_unitCode = new QLineEdit(detail);
    m_unitCode->setObjectName(u"unitCode"_s);
    m_unitKind = new QComboBox(detail);
    m_unitKind->setObjectName(u"unitKind"_s);
    for (UnitKind kind : {UnitKind::Department, UnitKind::Section, UnitKind::Branch})
        m_unitKind->addItem(UnitKinds::name(kind), static_cast<int>(kind));
    m_unitStamp = new QLabel(detail);
    m_unitStamp->setWordWrap(true);
    auto* save = button(tr("Save unit"), u"saveUnit"_s, detail);
    connect(save, &QPushButton::clicked, this, &OrganisationPage::saveSelectedUnit);
    connect(m_unitName, &QLineEdit::returnPressed, this, &OrganisationPage::saveSelectedUnit);
    form->addRow(tr("Name:"), m_unitName);
    form->addRow(tr("Code:"), m_unitCode);
    form->addRow(tr("Kind:"), m_unitKind);
    form->addRow(QString(), m_unitStamp);
    form->addRow(QString(), save);
    auto* hint = new QLabel(tr("Drag a unit onto another to move it there, or between two units to change the "
                               "order. F2 renames."),
                            detail);
    hint->setWordWrap(true);
    form->addRow(hint);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    return tab;
}

void OrganisationPage::showSelectedUnit()
{
    const Unit* unit = m_unitModel->unitAt(m_unitTree->currentIndex());
    m_unitName->setText(unit ? unit->name : QString());
    m_unitCode->setText(unit ? unit->code : QString());
    m_unitKind->setCurrentIndex(unit ? m_unitKind->findData(static_cast<int>(unit->kind)) : 0);
    m_unitStamp->setText(unit ? stampText(unit->stamp) : QString());
}

void OrganisationPage::saveSelectedUnit()
{
    const Unit* current = m_unitModel->unitAt(m_unitTree->currentIndex());
    if (!current)
        return;
    Unit unit = *current;
    unit.name = m_unitName->text();
    unit.code = m_unitCode->text();
    unit.kind = static_cast<UnitKind>(m_unitKind->currentData().toInt());
    run([&] { m_service.updateUnit(unit); });
}

void OrganisationPage::addUnit(bool asChild)
{
    const Unit* current = m_unitModel->unitAt(m_unitTree->currentIndex());
    Unit unit;
    unit.name = tr("New unit");
    if (asChild && current) {
        unit.parentId = current->id;
        unit.kind = current->kind == UnitKind::Department ? UnitKind::Section : UnitKind::Branch;
    } else {
        unit.parentId = current && !asChild ? current->parentId : 0;
        unit.kind = current && !asChild ? current->kind : UnitKind::Department;
    }
    run([&] {
        const qint64 id = m_service.addUnit(unit);
        m_unitTree->setProperty("selectedUnit", id);
    });
}

void OrganisationPage::removeSelectedUnit()
{
    const Unit* unit = m_unitModel->unitAt(m_unitTree->currentIndex());
    if (!unit || !MessageBox::confirm(this, tr("Remove unit"), tr("Remove 「%1」?").arg(unit->name)))
        return;
    const Unit removed = *unit;
    run([&] { m_service.removeUnit(removed.id, removed.stamp.version); });
}

QWidget* OrganisationPage::createPeopleTab()
{
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);
    auto* filters = new QHBoxLayout;
    m_search = new QLineEdit(tab);
    m_search->setObjectName(u"peopleSearch"_s);
    m_search->setPlaceholderText(tr("Search name, kana, staff number, e-mail…"));
    m_search->setClearButtonEnabled(true);
    m_unitFilter = new QComboBox(tab);
    m_unitFilter->setObjectName(u"peopleUnitFilter"_s);
    m_roleFilter = new QComboBox(tab);
    m_roleFilter->setObjectName(u"peopleRoleFilter"_s);
    m_roleFilter->addItem(tr("All roles"), -1);
    for (Role role : Roles::all())
        m_roleFilter->addItem(Roles::name(role), static_cast<int>(role));
    filters->addWidget(m_search, 2);
    filters->addWidget(m_unitFilter, 1);
    filters->addWidget(m_roleFilter, 1);
    layout->addLayout(filters);
    refillUnitFilter();

    connect(m_search, &QLineEdit::textChanged, m_peopleFilter, &PeopleFilterModel::setSearchText);
    connect(m_unitFilter, &QComboBox::currentIndexChanged, this, [this] {
        const qint64 unit = m_unitFilter->currentData().toLongLong();
        m_peopleFilter->setUnitFilter(unit ? m_peopleModel->unitAndDescendants(unit) : QList<qint64>());
    });
    connect(m_roleFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int role = m_roleFilter->currentData().toInt();
        m_peopleFilter->setRoleFilter(role < 0 ? std::nullopt : std::optional<Role>(static_cast<Role>(role)));
    });

    m_peopleTable = new QTableView(tab);
    m_peopleTable->setObjectName(u"peopleTable"_s);
    m_peopleTable->setModel(m_peopleFilter);
    m_peopleTable->setSortingEnabled(true);
    m_peopleTable->sortByColumn(PeopleTableModel::KanaColumn, Qt::AscendingOrder);
    m_peopleTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_peopleTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_peopleTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_peopleTable->horizontalHeader()->setStretchLastSection(true);
    m_peopleTable->verticalHeader()->hide();
    connect(m_peopleTable, &QTableView::doubleClicked, this, [this] { editPerson(false); });
    layout->addWidget(m_peopleTable, 1);

    auto* tools = new QHBoxLayout;
    m_peopleCount = new QLabel(tab);
    m_peopleCount->setObjectName(u"peopleCount"_s);
    auto updateCount = [this] {
        m_peopleCount->setText(tr("%1 of %2 people").arg(m_peopleFilter->rowCount()).arg(m_peopleModel->rowCount()));
    };
    connect(m_peopleFilter, &QAbstractItemModel::modelReset, this, updateCount);
    connect(m_peopleFilter, &QAbstractItemModel::rowsInserted, this, updateCount);
    connect(m_peopleFilter, &QAbstractItemModel::rowsRemoved, this, updateCount);
    connect(m_peopleFilter, &QAbstractItemModel::layoutChanged, this, updateCount);
    updateCount();
    auto* add = button(tr("Add person…"), u"addPerson"_s, tab);
    auto* edit = button(tr("Edit…"), u"editPerson"_s, tab);
    auto* remove = button(tr("Remove"), u"removePerson"_s, tab);
    auto* import = button(tr("Import CSV…"), u"importPeople"_s, tab);
    connect(add, &QPushButton::clicked, this, [this] { editPerson(true); });
    connect(edit, &QPushButton::clicked, this, [this] { editPerson(false); });
    connect(remove, &QPushButton::clicked, this, &OrganisationPage::removeSelectedPerson);
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = chooseCsv();
        if (!path.isEmpty())
            importPeople(path);
    });
    tools->addWidget(m_peopleCount);
    tools->addStretch();
    tools->addWidget(add);
    tools->addWidget(edit);
    tools->addWidget(remove);
    tools->addWidget(import);
    layout->addLayout(tools);
    return tab;
}

void OrganisationPage::refillUnitFilter()
{
    if (!m_unitFilter)
        return;
    const qint64 selected = m_unitFilter->currentData().toLongLong();
    const QSignalBlocker blocker(m_unitFilter);
    m_unitFilter->clear();
    m_unitFilter->addItem(tr("All units"), 0);
    QHash<qint64, int> depth;
    for (const Unit& unit : m_service.units()) {
        depth[unit.id] = unit.parentId ? depth.value(unit.parentId) + 1 : 0;
        m_unitFilter->addItem(QString(depth[unit.id] * 2, u' ') % unit.name, unit.id);
    }
    m_unitFilter->setCurrentIndex(std::max(0, m_unitFilter->findData(selected)));
}

void OrganisationPage::editPerson(bool add)
{
    Person person;
    if (!add) {
        const QModelIndex index = m_peopleTable->currentIndex();
        if (!index.isValid())
            return;
        person = m_peopleModel->personAt(m_peopleFilter->mapToSource(index).row());
    } else if (const Unit* unit = m_unitModel->unitAt(m_unitTree->currentIndex())) {
        person.unitId = unit->id;
    }
    PersonDialog dialog(person, m_service.units(), m_service.session().administrator, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    run([&] {
        if (add)
            m_service.addPerson(dialog.person());
        else
            m_service.updatePerson(dialog.person());
    });
}

void OrganisationPage::removeSelectedPerson()
{
    const QModelIndex index = m_peopleTable->currentIndex();
    if (!index.isValid())
        return;
    const Person person = m_peopleModel->personAt(m_peopleFilter->mapToSource(index).row());
    if (!MessageBox::confirm(this, tr("Remove person"), tr("Remove 「%1」?").arg(person.name)))
        return;
    run([&] { m_service.removePerson(person.id, person.stamp.version); });
}

QWidget* OrganisationPage::createFiscalYearsTab()
{
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);
    m_fiscalYears = new QListWidget(tab);
    m_fiscalYears->setObjectName(u"fiscalYears"_s);
    layout->addWidget(m_fiscalYears, 1);
    auto* add = button(tr("Add the next fiscal year"), u"addFiscalYear"_s, tab);
    connect(add, &QPushButton::clicked, this, [this] {
        run([this] {
            const QList<int> years = m_service.fiscalYears();
            const int current = JapaneseCalendar::fiscalYearOf(QDate::currentDate());
            m_service.addFiscalYear(years.isEmpty() ? current : years.last() + 1);
        });
    });
    layout->addWidget(add, 0, Qt::AlignLeft);
    return tab;
}

void OrganisationPage::reloadFiscalYears()
{
    run([this] {
        m_fiscalYears->clear();
        for (int year : m_service.fiscalYears()) {
            m_fiscalYears->addItem(tr("%1 (%2 to %3)")
                                       .arg(formatFiscalYear(year), formatDate(JapaneseCalendar::fiscalYearStart(year)),
                                            formatDate(JapaneseCalendar::fiscalYearEnd(year))));
        }
    });
}

QString OrganisationPage::chooseCsv()
{
    return QFileDialog::getOpenFileName(this, tr("Import CSV"), QString(),
                                        tr("CSV files (*.csv *.txt);;All files (*)"));
}

namespace {

QByteArray readFile(const QString& path, QWidget* parent)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBox::error(parent, OrganisationPage::tr("Import CSV"),
                          OrganisationPage::tr("Cannot read %1: %2").arg(path, file.errorString()));
        return {};
    }
    return file.readAll();
}

} // namespace

template <typename Importer> void OrganisationPage::runImport(const QString& title, const QString& path)
{
    if (!QFile::exists(path))
        return;
    Importer importer(m_service);
    try {
        importer.requireAllowed(); // before the file is read
    } catch (const Error& error) {
        MessageBox::error(this, title, error.message());
        return;
    }
    const QByteArray bytes = readFile(path, this);
    CsvImportDialog dialog(
        title, path, bytes, [&](const QByteArray& b) { return importer.preview(b); },
        [&](const QByteArray& b, const QString& name) { return importer.apply(b, name); }, this);
    dialog.exec();
}

void OrganisationPage::importUnits(const QString& path)
{
    runImport<UnitCsvImport>(tr("Import units"), path);
}

void OrganisationPage::importPeople(const QString& path)
{
    runImport<PeopleCsvImport>(tr("Import people"), path);
}

} // namespace kansa
