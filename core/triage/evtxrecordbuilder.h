#pragma once

#include "binxmlparser.h"
#include "evtxrecord.h"

namespace lt::triage {

// Fills the System fields, data fields and rendered XML of `record` from an expanded event.
// Fields the XML lacks keep their defaults. Returns <EventRecordID> (0 when absent), which
// EvtxReader checks against the record header. Used by EvtxReader.
quint64 fillEventRecord(const std::vector<binxml::XmlNode> &nodes, EventRecord &record);

} // namespace lt::triage
