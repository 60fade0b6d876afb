//! The hand-off from the knowledge base to a person: queue, tickets,
//! conversations, routing and delivery. Channels (Telegram, kiosk, console)
//! call these functions; storage is behind the store traits.

pub mod hours;
pub mod model;
pub mod settings;
