//! The form a flow carries: nodes (inputs) and messages, shaped like Kratos's `ui` container.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::messages::Message;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MessageKind {
    Info,
    Error,
    Success,
}

impl MessageKind {
    pub fn as_str(self) -> &'static str {
        match self {
            MessageKind::Info => "info",
            MessageKind::Error => "error",
            MessageKind::Success => "success",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InputAttributes {
    pub name: String,
    #[serde(rename = "type")]
    pub input_type: String,
    pub value: Option<Value>,
    pub required: bool,
    pub autocomplete: Option<String>,
    pub disabled: bool,
}

/// One input of the form. Only input nodes are produced by the password method.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Node {
    pub group: String,
    pub attributes: InputAttributes,
    pub messages: Vec<Message>,
    pub label: Option<Message>,
}

impl Node {
    pub fn input(group: &str, name: &str, input_type: &str) -> Self {
        Self {
            group: group.into(),
            attributes: InputAttributes {
                name: name.into(),
                input_type: input_type.into(),
                value: None,
                required: false,
                autocomplete: None,
                disabled: false,
            },
            messages: Vec::new(),
            label: None,
        }
    }

    pub fn required(mut self) -> Self {
        self.attributes.required = true;
        self
    }

    pub fn value(mut self, value: impl Into<String>) -> Self {
        self.attributes.value = Some(Value::String(value.into()));
        self
    }

    pub fn autocomplete(mut self, autocomplete: &str) -> Self {
        self.attributes.autocomplete = Some(autocomplete.into());
        self
    }

    pub fn label(mut self, label: Message) -> Self {
        self.label = Some(label);
        self
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Ui {
    pub action: String,
    pub method: String,
    pub nodes: Vec<Node>,
    pub messages: Vec<Message>,
}

impl Ui {
    pub fn node_mut(&mut self, name: &str) -> Option<&mut Node> {
        self.nodes.iter_mut().find(|n| n.attributes.name == name)
    }

    /// Removes every message, global and per node, before new ones are added.
    pub fn clear_messages(&mut self) {
        self.messages.clear();
        for node in &mut self.nodes {
            node.messages.clear();
        }
    }

    /// Puts a message on the named node, or globally when there is no such node.
    pub fn add_node_message(&mut self, name: &str, message: Message) {
        match self.node_mut(name) {
            Some(node) => node.messages.push(message),
            None => self.messages.push(message),
        }
    }

    pub fn set_value(&mut self, name: &str, value: Option<String>) {
        if let Some(node) = self.node_mut(name) {
            node.attributes.value = value.map(Value::String);
        }
    }
}
